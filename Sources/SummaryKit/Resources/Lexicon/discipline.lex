# SummaryKit built-in lexicon — section `discipline`
# Discipline, conduct and clean government (纪律 / 党风廉政建设 / 作风建设).
# Format and provenance: see README.md in this folder.
# English forms are lowercase base forms; the matcher folds inflections.

# ---------------------------------------------------------------------------
# Discipline
# ---------------------------------------------------------------------------

[discipline-generic]
categories = discipline:0.6
zh = 纪律 | 党纪 | 纪律性 | 纪律意识 | 纪律观念
en = discipline | sense of discipline | disciplinary awareness | discipline awareness | awareness of discipline | discipline consciousness | consciousness of discipline | disciplinary consciousness | concept of discipline | discipline concept | disciplinary
unless = 学科纪律 | academic discipline | subject discipline | discipline construction | discipline building | key discipline | discipline development | disciplinary construction | first-class discipline | discipline leader | disciplinary research

[party-discipline]
categories = discipline:1.0
zh = 党的纪律 | 党纪国法 | 政治纪律 | 组织纪律 | 廉洁纪律 | 群众纪律 | 工作纪律 | 生活纪律 | 六大纪律 | 政治规矩 | 纪律建设 | 党的纪律建设 | 纪律规矩
en = party discipline | political discipline | organizational discipline | discipline of the party | six disciplines | political rules | integrity discipline | work discipline | party discipline and state law | organisational discipline | organization discipline | discipline of organization | clean discipline | honesty discipline | mass discipline | life discipline | discipline of life | party discipline and national law | political norm | political discipline and rules | political discipline and political rules | six major disciplines | six big disciplines | six kinds of discipline | discipline of integrity | party's discipline building | discipline building of the party | discipline and rules

[discipline-education]
categories = discipline:1.0
zh = 纪律教育 | 党纪教育 | 纪律教育学习月 | 纪律教育月 | 党纪条规教育 | 法纪教育 | 党纪学习教育 | 纪法教育 | 党纪党规教育 | 学纪知纪明纪守纪
en = discipline education | disciplinary education | education on discipline | discipline education month | party discipline education | law and discipline education | education of discipline | discipline study month | discipline education learning month | discipline education study month | disciplinary education month | discipline learning month | party discipline and regulations education | education on party discipline | legal discipline education | education on law and discipline | party discipline study and education | party discipline learning and education | party discipline learning education | study and education on party discipline | education on party discipline study | discipline and law education | learn, know, understand and observe discipline

[observe-discipline]
categories = discipline:0.9
zh = 遵纪守法 | 守纪律讲规矩 | 讲规矩 | 守规矩 | 严守纪律 | 严明纪律 | 严守政治纪律
en = abide by discipline and law | observe discipline and abide by the law | abide by the rules | observe discipline | obey discipline | follow the rules | abide by discipline | strict discipline | abide by the law and discipline | obey the law and discipline | observe law and discipline | observe discipline and law | abide by discipline and observe law | obey discipline and law | keep discipline | follow discipline | observe the rule | obey the rule | keep the rule | stick to the rule | talk about rules | stress rules | emphasize rules | abide by discipline and rules | observe discipline and rules | keep discipline and rules | kept discipline | kept the rule | kept discipline and rules

[party-regulations]
categories = discipline:0.8, study:0.3
zh = 党规党纪 | 党内法规 | 党规 | 准则和条例 | 廉洁自律准则 | 纪律处分条例 | 党内监督条例 | 问责条例
en = party regulations | intra-party regulations | party rules | code of integrity and self-discipline | regulations on disciplinary actions | regulations on intra-party supervision | accountability regulations | inner-party regulations | regulations within the party | intra-party laws and regulations | inner-party laws and regulations | party laws and regulations | regulations of the party | party rules and party discipline | party rules and discipline | guidelines and regulations | norms and regulations | integrity code | regulations on discipline punishment | disciplinary regulations | regulations on disciplinary punishment | regulations on party discipline | regulations on accountability | intra-party supervision regulations | regulations on inner-party supervision | inner-party supervision regulations

[disciplinary-violation]
categories = discipline:0.8
zh = 违纪 | 违法违纪 | 违规违纪 | 违纪违法 | 违反纪律 | 违法乱纪 | 违规 | 酒驾醉驾 | 酒驾 | 醉驾
en = violation of discipline | violate discipline | disciplinary violation | breach of discipline | violation of law and discipline | violate the law and discipline | violation of rules | violate rules | violation of discipline and law | violate discipline and law | break discipline | breach discipline | breach of rules | violation of rules and discipline | violate rules and discipline | violation of regulations | violate regulations | discipline violation | break the law and discipline | violation of laws and regulations | violate laws and regulations | illegal and disciplinary | broke discipline | broke the law and discipline | drunk driving | drink driving | driving under the influence

[disciplinary-punishment]
categories = discipline:0.9
zh = 党纪处分 | 纪律处分 | 处分 | 查处 | 党纪政纪处分 | 组织处理
en = disciplinary action | disciplinary sanction | party disciplinary punishment | disciplinary punishment | investigate and punish | organizational handling | party discipline punishment | party disciplinary sanction | party discipline sanction | discipline punishment | disciplinary measure | disciplinary penalty | disciplinary treatment | investigate and deal with | investigated and dealt with | investigate and handle | party and government disciplinary sanction | party and government discipline punishment | organizational treatment | organizational processing | warning within the party | intra-party warning | serious warning within the party | expel from the party | expelled from the party | expulsion from the party | probation within the party | notice of criticism | notified and criticized | circulated a notice of criticism | criticize and educate | criticism and education

[discipline-inspection]
categories = discipline:1.0
zh = 纪检 | 纪检监察 | 纪委 | 纪检委员 | 纪检组 | 巡视 | 巡察 | 巡视巡察 | 灯下黑 | 防止灯下黑
en = discipline inspection | disciplinary inspection | discipline inspection commission | commission for discipline inspection | discipline inspection member | inspection tour | patrol inspection | circuit inspection | commission for discipline | discipline commission | disciplinary commission | discipline committee | disciplinary committee | discipline inspector | supervision and discipline inspection | central inspection team | inspection and patrol | patrol and inspection | tour inspection | roving inspection | darkness under the lamp | dark under the lamp

[rectify-conduct-enforce-discipline]
categories = discipline:1.0
zh = 正风肃纪 | 执纪问责 | 监督执纪 | 执纪 | 四种形态 | 咬耳扯袖 | 红红脸出出汗 | 第一种形态
en = rectify conduct and enforce discipline | enforce discipline | discipline enforcement | four forms | four forms of supervision | supervision and discipline enforcement | correct the style and enforce discipline | rectify the style and discipline | rectify style and tighten discipline | rectify the wind and discipline | correct the wind and discipline | enforce discipline and accountability | discipline enforcement and accountability | supervise and enforce discipline | four morphology | four kinds of form | four patterns of supervision | bite the ear and pull the sleeve | pull the sleeve | redden the face and sweat | red face and sweat | blush and sweat

# ---------------------------------------------------------------------------
# Party conduct and clean government
# ---------------------------------------------------------------------------

[party-conduct-clean-government]
categories = discipline:1.0
zh = 党风廉政建设 | 党风廉政 | 党风廉洁建设 | 党风廉政教育 | 党风廉政建设责任制
en = party style and clean government | construction of party style and clean government | party conduct and clean government | building of party style and clean government | party style and integrity | clean government and party style | party building and clean government | party style and clean government construction | party style and clean governance | party conduct and clean governance | party style and clean politics | party style and honest government | party conduct and honest government | party style and honest administration | party style clean government | party style and incorruptible government | clean party style | construction of party conduct and clean government | education on party style and clean government

[clean-government]
categories = discipline:1.0
zh = 廉政建设 | 廉政 | 勤政廉洁 | 清正廉洁 | 廉洁从政 | 勤廉 | 清廉
en = clean government | honest government | clean and honest government | clean politics | incorruptible | diligent and honest | clean governance | honest governance | clean and honest governance | incorruptible government | incorruptibility | clean administration | honest administration | clean and honest | diligent and clean | diligence and integrity | diligence and honesty | honesty in government | clean government building | construction of clean government | building of clean government | integrity in government | integrity in politics | honest in politics | clean in politics | honest and clean in office

[integrity]
categories = discipline:0.7
zh = 廉洁 | 廉洁奉公 | 廉洁自守 | 两袖清风
en = integrity | honesty | honest | uprightness | clean-handed | probity | honest and upright | upright and honest | honest and clean | incorrupt | honest and dedicated to public service | honest and devoted to public service | honest in performing official duties | two sleeves of clean breeze | two sleeves of clean wind | clean sleeves | keep oneself clean | kept oneself clean
unless = to be honest | data integrity | structural integrity | information integrity | integrity of data

[integrity-self-discipline]
categories = discipline:1.0
zh = 廉洁自律 | 廉洁从教 | 廉洁从业 | 廉洁从医 | 自律 | 严于律己 | 慎独慎微
en = integrity and self-discipline | clean and self-disciplined | honest and self-disciplined | self-discipline | be strict with oneself | honest in teaching | honest practice | integrity and self-restraint | self-restraint | strict with oneself | strict with themselves | strict self-discipline | strictly discipline oneself | cautious in solitude | prudent when alone | cautious in small things | practice medicine with integrity | practise medicine with integrity | honest practice of medicine | teach with integrity | integrity in teaching | honest teaching | practice with integrity | integrity in practice | honest in business | self-discipline awareness | taught with integrity

[integrity-education]
categories = discipline:1.0
zh = 廉政教育 | 廉洁教育 | 反腐倡廉教育 | 廉政党课 | 廉洁从政教育 | 从政道德教育 | 廉洁党课 | 廉政教育月 | 廉洁教育月 | 廉政教育周
en = integrity education | clean government education | anti-corruption education | honesty education | clean government party class | political ethics education | education on integrity | education in integrity | education on clean government | incorruptibility education | honest government education | education of integrity | integrity education month | education on clean and honest government | clean politics education | political morality education | education on political ethics | education against corruption | integrity party class | party class on integrity | clean government education month

[anti-corruption]
categories = discipline:1.0
zh = 反腐 | 反腐败 | 反腐倡廉 | 拒腐防变 | 抗腐拒变 | 拒腐蚀 | 惩治腐败 | 腐败 | 预防腐败 | 拒腐昌廉 | 微腐败 | 蝇贪 | 蝇贪蚁腐 | 群众身边的腐败
en = anti-corruption | fight against corruption | combat corruption | resist corruption | corruption | anticorruption | resist corruption and change | prevent corruption | punish corruption | anti-corruption and promoting integrity | corrupt | fight corruption | oppose corruption | punish and prevent corruption | punishment and prevention of corruption | prevention of corruption | corruption prevention | refuse corruption | reject corruption | guard against corruption | anti-graft | bribery | bribe | embezzlement | embezzle | fought against corruption | fought corruption | micro-corruption | petty corruption | fly corruption | flies and ants corruption | corruption around the masses

[warning-education]
categories = discipline:1.0
zh = 警示教育 | 警示教育片 | 警示教育基地 | 以案促改 | 以案说法 | 以案为鉴 | 反面典型 | 以案说纪 | 以案释纪 | 以案示警
en = warning education | cautionary education | warning film | warning education base | use cases to promote reform | learn from cases | negative example | warning educational | alert education | admonition education | admonitory education | caution education | warning and education | education by warning | education through warning | warning case | case warning | warning movie | warning video | warning documentary | warning exhibition | warning base | anti-corruption warning | negative typical | negative case | case-based reform | promote reform by case | promote reform through case | reform by case | explain the law with case | explain law by case | take the case as a mirror | take case as a lesson | learn lesson from case | case as a mirror | lesson from case | educate people around with cases around | took the case as a mirror | took case as a lesson | explain discipline through cases | explain discipline with cases | use cases to explain discipline | warning through cases

[clean-government-culture]
categories = discipline:0.9
zh = 廉政文化 | 廉洁文化 | 廉政文化进校园 | 廉政文化建设 | 廉洁文化进校园
en = clean government culture | integrity culture | culture of integrity | clean culture | culture of clean government | clean government culture into campus | culture of honesty | honest culture | honesty culture | culture of incorruptibility | incorruptible culture | clean and honest culture | culture of clean politics | culture of clean and honest government | clean governance culture | culture of clean governance

[integrity-risk]
categories = discipline:0.8
zh = 廉政风险 | 廉政风险防控 | 廉政风险点 | 风险防控
en = integrity risk | clean government risk | risk prevention and control | integrity risk point | prevention and control of integrity risk | risk of integrity | honesty risk | corruption risk | risk of corruption | clean governance risk | risk point of integrity | risk point of clean government | integrity risk investigation | investigation of integrity risk | post integrity risk | post risk point

[integrity-file]
categories = discipline:0.9
zh = 廉政档案 | 廉洁档案 | 个人有关事项报告 | 个人事项报告
en = integrity file | clean government file | integrity archive | report on personal matters | personal matters report | integrity record | integrity dossier | clean government archive | clean government record | honest government file | report on personal affairs | personal affairs report | report of personal related matters | report personal matters | reporting personal related matters | report on relevant personal matters | relevant personal matters | personal relevant matters report

[integrity-talks]
categories = discipline:1.0
zh = 廉政谈话 | 提醒谈话 | 诫勉谈话 | 约谈 | 谈话提醒 | 廉洁谈话 | 集体廉政谈话 | 谈话函询 | 函询
en = integrity talk | clean government talk | admonishment talk | admonition talk | reminder talk | warning talk | admonishing conversation | admonishing talk | admonition conversation | reminding talk | reminder conversation | warning conversation | talk of integrity | integrity conversation | clean government conversation | conversation on integrity | talk on integrity | integrity interview | admonitory talk | admonish | talk and remind | talk to remind | reminding conversation | cautionary talk | exhortation talk | admonish and encourage | talk and inquiry by letter | inquiry by letter | letter inquiry | written inquiry

[integrity-pledge]
categories = discipline:0.9
zh = 廉洁承诺 | 廉政承诺 | 廉洁承诺书 | 廉政承诺书 | 不收红包承诺
en = integrity pledge | integrity commitment | clean government commitment | honesty pledge | pledge of integrity | commitment to integrity | honesty commitment | letter of integrity commitment | integrity promise | honesty promise | clean government pledge | clean government promise | promise of integrity | commitment of integrity | commitment letter of integrity | letter of commitment to integrity | pledge not to accept red envelopes | promise not to accept red envelopes | commitment not to accept red envelopes | not accept red envelopes | refuse red envelopes | integrity statement | pledge letter of integrity | honesty commitment letter

[responsibility-letter]
categories = discipline:0.9
zh = 责任书 | 廉政责任书 | 目标责任书 | 党风廉政建设责任书 | 责任状 | 签订责任书 | 责任签约
en = responsibility letter | letter of responsibility | responsibility statement | responsibility book | target responsibility letter | sign the responsibility letter | responsibility pledge | responsibility document | responsibility contract | responsibility agreement | responsibility certificate | responsibility paper | target responsibility book | letter of target responsibility | goal responsibility letter | objective responsibility letter | target responsibility statement | responsibility signing | sign responsibility

[responsibility-system]
categories = discipline:0.7
zh = 责任制 | 一岗双责 | 主体责任 | 监督责任 | 两个责任 | 第一责任人 | 压力传导 | 责任传导 | 层层压实 | 层层传导压力 | 压实管党治党责任 | 管党治党责任
en = responsibility system | one post two responsibilities | one post with dual responsibilities | main responsibility | primary responsibility | supervisory responsibility | first responsible person | two responsibilities | responsibility mechanism | system of responsibility | one post with two responsibilities | one post and two responsibilities | one position with two responsibilities | one position two responsibilities | dual responsibilities of one post | double responsibility for one post | one post double responsibility | one post dual responsibility | main body responsibility | subject responsibility | principal responsibility | responsibility of the subject | supervision responsibility | responsibility of supervision | oversight responsibility | first person responsible | first person in charge | person primarily responsible | entity responsibility | pressure transmission | transmit pressure | transmission of pressure | responsibility for managing and governing the party | responsibility of administering the party | theme responsibility | responsibility of the main body | main body of responsibility

[accountability]
categories = discipline:0.9
zh = 问责 | 追责 | 责任追究 | 追究责任 | 问责制 | 倒查
en = accountability | hold accountable | accountability system | investigate responsibility | pursue responsibility | accountable | held accountable | hold to account | held to account | responsibility investigation | investigation of responsibility | pursue accountability | pursuit of responsibility | pursue liability | investigate liability | hold responsible | held responsible | investigate and affix responsibility | call to account | trace responsibility | backward investigation | reverse investigation | retrospective investigation

[strict-party-governance]
categories = discipline:1.0
zh = 全面从严治党 | 从严治党 | 党要管党 | 管党治党 | 从严管党治党 | 党要管党、从严治党
en = strictly govern the party | comprehensively and strictly govern the party | strict governance of the party | full and rigorous governance over the party | govern the party strictly | the party must supervise itself | the party should manage the party | administer the party strictly | strict management of the party | strict governance over the party | full and strict governance over the party | full and strict governance of the party | exercise full and strict governance over the party | comprehensive and strict governance of the party | comprehensively strict governance of the party | comprehensive strict governance | full and strict governance | comprehensive and strict governance | strict party governance | strictly administer the party | strict administration of the party | strictly manage the party | manage and govern the party | manage the party and govern the party | party management and governance | party must govern itself | party should govern itself | party must manage itself | party should manage itself | party manage the party | manage the party strictly

[self-revolution]
categories = discipline:0.6
zh = 自我革命 | 刀刃向内 | 自我净化 | 自我完善
en = self-revolution | self-purification | self-improvement | turn the blade inward | self-purification and self-improvement | self-reform | self-perfection | self-innovation | self-elevation | self-renewal | turn the knife inward | knife inward | blade inward

[integrity-reminders]
categories = discipline:0.8
zh = 廉政提醒 | 廉洁提醒 | 节前提醒 | 节日廉政提醒 | 廉政短信 | 廉洁过节 | 节日腐败 | 隐形变异 | 四风隐形变异
en = integrity reminder | clean government reminder | holiday integrity reminder | pre-holiday reminder | integrity text message | clean holiday | reminder of integrity | honesty reminder | integrity tip | clean government tip | clean holiday reminder | integrity message | clean government message | integrity sms | clean government sms | clean festival | honest festival | honest holiday | celebrate festival with integrity | spend festival with integrity | spend holiday with integrity | spent festival with integrity | spent holiday with integrity | holiday corruption | festival corruption | invisible variation | hidden variant | hidden and mutated

[power-and-responsibility-lists]
categories = discipline:0.6
zh = 权力清单 | 责任清单 | 负面清单 | 小微权力 | 小微权力清单
en = power list | responsibility list | negative list | petty power | list of petty powers | list of power | power checklist | responsibility checklist | negative checklist | small and micro power | small micro power | micro power | small power | list of small and micro power | micro-power list | power and responsibility list | list of power and responsibility

[ethics-veto]
categories = discipline:0.8
zh = 一票否决 | 师德一票否决 | 师德失范 | 失范行为 | 师德负面清单
en = one-vote veto | veto by one vote | teacher misconduct | ethical misconduct | misconduct of teachers | veto with one vote | one-ballot veto | misconduct behavior | misconduct behaviour | anomie | anomic behavior | ethics misconduct | moral misconduct | violation of teacher ethics | misconduct of teacher ethics

[official-consumption]
categories = discipline:0.7
zh = 职务消费 | 公务消费 | 违规发放津补贴 | 津补贴 | 超标准接待 | 公务用车 | 办公用房 | 超标准办公用房 | 公车改革 | 公务用车改革
en = position-related consumption | official consumption | illegal allowance | subsidies and allowances | over-standard reception | official car use | duty consumption | job-related consumption | official spending | official expense | irregular allowance | illegally issue allowance | illegal issuance of allowance | issue allowance in violation | excessive reception | reception beyond standard | exceeding standard reception | official vehicle use | use of official car | use of official vehicle | official car management | office building standard | official car reform | reform of official vehicles

[procurement-oversight]
categories = discipline:0.5
zh = 招投标 | 政府采购 | 阳光采购 | 招标采购 | 集中采购
en = bidding | tendering | government procurement | sunshine procurement | bidding and tendering | centralized procurement | public bidding | bid invitation | tender and bid | invitation for bids | invite tenders | open tender | public tender | government purchase | centralized purchasing | centralised procurement | sunshine purchase | transparent procurement | procurement supervision | bidding and procurement | tendering and procurement | bidding procurement

# ---------------------------------------------------------------------------
# Work style and the "four undesirable styles"
# ---------------------------------------------------------------------------

[eight-point-regulation]
categories = discipline:1.0
zh = 八项规定 | 中央八项规定 | 八项规定精神 | 八项规定及其实施细则
en = eight regulations | eight provisions | eight-point regulation | eight-point rules | eight rules | eight-point provision | eight-point decision | eight central regulations | eight stipulations | eight-point frugality rule | eight-point austerity rule | eight-point code | eight-point guideline | eight-point requirement | eight-point stipulation | eight-item regulation | eight-item provision | eight-item rule | eight items of regulation | eight prohibitions | central committee's eight-point

[four-undesirable-styles]
categories = discipline:1.0
zh = 四风 | 反四风 | 纠正四风 | 四风问题 | 奢靡之风 | 享乐主义
en = four winds | four styles | four undesirable work styles | four bad styles | four undesirable styles | four unhealthy tendencies | extravagance | hedonism | four bad winds | four undesirable winds | four unhealthy winds | four unhealthy styles | four unhealthy trends | four malpractices | four evil winds | four ill winds | four bad working styles | four kinds of undesirable style | four decadent styles | four undesirable practices | four forms of decadence | pleasure-seeking | hedonistic | extravagant | luxury and extravagance | extravagant style | wind of extravagance | extravagance wind | wind of luxury | lavishness

[formalism-bureaucratism]
categories = discipline:0.9
zh = 形式主义 | 官僚主义 | 形式主义官僚主义 | 文山会海
en = formalism | bureaucratism | bureaucracy | formalism and bureaucratism | sea of documents and meetings | formalist | bureaucratic | formalism and bureaucracy | bureaucratic style | sea of meetings | mountain of documents | mountain of documents and sea of meetings | flood of documents and meetings | too many meetings | excessive meetings | red tape

[unhealthy-practices]
categories = discipline:0.8
zh = 不正之风 | 行业不正之风 | 歪风邪气 | 庸懒散 | 慵懒散 | 吃空饷 | 三乱
en = unhealthy trend | unhealthy practice | malpractice | unhealthy tendency | laziness and laxity | three chaos | three arbitrary | unhealthy wind | improper practice | improper style | unhealthy style | industry malpractice | evil wind | evil practice | perverse trend | evil tendency | unhealthy atmosphere | mediocrity laziness and slackness | lazy and lax | laziness and slackness | empty salary | eat empty salary | ghost employee | three random | arbitrary fines | arbitrary apportionment | ate empty salary

[work-style-building]
categories = discipline:1.0
zh = 作风建设 | 工作作风 | 改进作风 | 转变作风 | 作风纪律 | 改进工作作风 | 转变工作作风 | 作风转变 | 效能建设 | 机关效能建设 | 作风效能 | 效能提升
en = work style | style building | style construction | construction of work style | change style | improve work style | style of work | work style construction | change work style | improve the style | construction of style | improvement of work style | transform work style | transformation of work style | change of work style | transformation of style | change in style | style and discipline | discipline and style | conduct building | building of conduct | conduct construction | construction of conduct | improve conduct | improvement of conduct | work conduct | conduct of work | change conduct | style improvement | efficiency construction | efficiency building | construction of efficiency | organ efficiency | style and efficiency

[style-rectification]
categories = discipline:0.9
zh = 作风整顿 | 纪律作风整顿 | 作风整治 | 作风问题 | 专项整治 | 机关作风 | 机关作风建设 | 机关作风整顿
en = style rectification | rectification of work style | rectification of style | special rectification | work style problem | rectification of conduct | conduct rectification | style and discipline rectification | rectification of discipline and style | rectification of style and discipline | discipline and style rectification | style consolidation | style remediation | rectify work style | rectify the style | correct work style | special remediation | special governance | style problem | problems of style | conduct problem | work style of government organs | style of government organs | style of organs

[party-style]
categories = discipline:0.8
zh = 党风 | 政风 | 党风政风 | 党风建设 | 政风行风
en = party style | party conduct | government style | style of the party | style of government | government conduct | conduct of the party | party and government style | party style and government style | party conduct and government conduct | government work style | political conduct | administrative style | administrative conduct | government and industry style | government style and industry style

[industry-style]
categories = discipline:0.8
zh = 行风 | 行风建设 | 行风评议 | 政风行风评议 | 行风监督员 | 行风热线
en = industry style | professional conduct | industry style construction | industry style appraisal | appraisal of government style | industry style supervisor | industry conduct | trade style | industry work style | style of the industry | conduct of the industry | industry style evaluation | evaluation of industry style | appraisal of industry style | industry wind | sector style | industry ethos

[teacher-ethics]
categories = discipline:1.0
zh = 师德师风 | 师德 | 师风 | 师德建设 | 师德师风建设 | 师德规范 | 师德考核 | 教风 | 师德教育 | 师德档案
en = teacher's morality | teacher ethics | teacher's moral | morality of teachers | teaching style | teacher's professional ethics | teacher's moral examination | teacher's moral record | teachers' morality and style | ethics of teachers | teacher virtue | virtue of teacher | moral of teacher | morality and conduct of teacher | ethics and style of teacher | ethics and conduct of teacher | teacher's style | style of teacher | teacher's conduct | professional ethics of teacher | professional morality of teacher | construction of teacher ethics | construction of teacher morality | teaching ethics | teaching morality | teaching conduct | teacher's ethical | code of conduct for teacher | teacher's code of conduct | teacher's moral norm

[medical-ethics]
categories = discipline:0.9
zh = 医德医风 | 医德 | 医风 | 医德考评
en = medical ethics | medical morality | medical ethics and style | medical style | medical ethics evaluation | medical virtue | medical morals | medical conduct | ethics of medical staff | medical professional ethics | doctor's ethics | physician ethics | ethics of doctors | professional ethics of medical staff | medical practice style | medical work style | style of medical service | medical ethics assessment | assessment of medical ethics | medical ethics appraisal

[professional-ethics]
categories = discipline:0.7
zh = 职业道德 | 职业道德规范 | 从政道德 | 职业操守 | 社会公德
en = professional ethics | professional morality | occupational ethics | political ethics | professional integrity | code of professional ethics | professional moral | occupational morality | work ethic | ethics of the profession | vocational ethics | vocational morality | job ethics | professional code | code of conduct | professional norms | political morality | ethics in politics | official morality | ethics of officials | social morality | public morality | social ethics | public ethics

[paid-tutoring-ban]
categories = discipline:0.7
zh = 有偿家教 | 有偿补课 | 乱收费 | 乱订资料 | 体罚学生 | 变相体罚
en = paid tutoring | paid tutorial | charge classes | pay tutor | arbitrary charges | corporal punishment | disguised corporal punishment | paid make-up class | paid remedial class | paid supplementary class | paid extra class | paid extra lesson | paid private tutoring | paid tuition | charged tutoring | charged make-up lessons | tutoring for pay | paid home tutoring | paid family education | paid family tutoring | illegal charge | unauthorized charge | random charges | arbitrary ordering of materials | ordering materials arbitrarily | physical punishment | physically punish student | disguised physical punishment | charge for make-up lessons

[gifts-and-banquets]
categories = discipline:0.8
zh = 收受礼品 | 收受礼金 | 红包礼金 | 公款吃喝 | 大操大办 | 吃拿卡要 | 吃请 | 宴请 | 收受红包 | 违规吃喝 | 违规收送礼品礼金 | 收送礼品礼金 | 礼品礼金 | 违规收受 | 违规操办 | 回扣 | 收受回扣 | 药品回扣
en = accept gifts | accept cash gifts | red envelope | public funds for eating and drinking | extravagant weddings and funerals | banquet | dinner invitation | gift money | receive gift | receive gifts and money | accept gifts and money | accept gift money | receive gift money | receive cash gift | red packet | hongbao | lavish banquet | wine and dine | eat and drink with public funds | eating and drinking at public expense | dine at public expense | banquet at public expense | lavish weddings and funerals | hold weddings and funerals in a big way | extravagant wedding | lavish wedding | invitation to dinner | accept banquet | shopping card | prepaid card | gift card | marketable securities | valuable securities | held weddings and funerals in a big way | illegal eating and drinking | eating and drinking in violation of regulations | gifts and money | gifts and cash gifts | receive gifts in violation of regulations | kickback | accept kickback | take kickback

[public-funds]
categories = discipline:0.7
zh = 公款 | 挪用公款 | 小金库 | 招待费 | 公车私用 | 公车 | 三公经费 | 公务接待
en = public funds | misappropriation of public funds | misappropriate public funds | small treasury | slush fund | entertainment expenses | hospitality expenses | public car for private use | official car | official vehicle | three public expenses | three official expenses | official reception | public money | state funds | embezzle public funds | embezzlement of public funds | diversion of public funds | private coffers | small coffers | secret fund | off-the-book account | hospitality fee | entertainment fee | official entertainment | official car for private use | private use of official car | private use of public car | private use of public vehicles | three public consumption | three public funds | three official funds | three public expenditure | official hospitality

[frugality]
categories = discipline:0.6
zh = 勤俭节约 | 厉行节约 | 反对浪费 | 艰苦奋斗 | 铺张浪费 | 挥霍浪费 | 勤俭办事 | 过紧日子 | 公务开支 | 压减开支 | 非必要开支
en = diligence and thrift | thrift | practice economy | practise thrift | oppose waste | hard work and plain living | extravagance and waste | squander and waste | hard struggle | thrift and frugality | frugal | frugality | thrifty | practice thrift | practise economy | economize | economise | diligent and thrifty | industrious and thrifty | hard-working and thrifty | combat waste | oppose extravagance | oppose extravagance and waste | extravagant waste | lavish waste | plain living | hard work and thrift | work hard and live plainly | arduous struggle | hard and plain living | strict economy | practice strict economy | live a tight life | live a frugal life | tighten our belts | tighten the belt | official expenditure | unnecessary expenditure | non-essential expenditure

[family-tradition]
categories = discipline:0.6
zh = 家风 | 廉洁家风 | 家风建设 | 家规家训 | 家庭助廉
en = family style | family tradition | clean family style | family rules and instructions | family virtue | family ethos | family rule | family instruction | family teaching | family motto | family precept | family conduct | clean family tradition | family integrity | integrity at home | family support for integrity | family help integrity | family assistance to integrity | family promotes integrity | integrity in the family

[political-ecology]
categories = discipline:0.7
zh = 政治生态 | 风清气正 | 良好政治生态 | 清清爽爽
en = political ecology | clean and upright | political environment | healthy political ecology | upright atmosphere | political ecosystem | political ecological environment | good political ecology | clean political ecology | sound political ecology | healthy political environment | clean and upright atmosphere | clean wind and upright spirit | clear and upright | clean political environment | clean and healthy atmosphere

# ---------------------------------------------------------------------------
# Supervision, open affairs, checks on power
# ---------------------------------------------------------------------------

[supervision]
categories = discipline:0.7
zh = 监督 | 民主监督 | 群众监督 | 党内监督 | 监督检查 | 接受监督 | 监督机制 | 社会监督 | 日常监督 | 政治监督 | 专项监督 | 精准监督
en = supervision | supervise | oversight | democratic supervision | mass supervision | intra-party supervision | accept supervision | supervision and inspection | supervision mechanism | social supervision | public supervision | supervisory | democratic oversight | mass oversight | public oversight | intra-party oversight | inner-party supervision | supervision within the party | supervision by the masses | supervision by the public | supervision of the masses | society supervision | supervision from society | supervision and examination | supervision and check | inspection and supervision | supervise and inspect | supervise and check | supervisory mechanism | receive supervision | subject to supervision | supervisory role | daily supervision | routine supervision | political supervision | special supervision | precise supervision
unless = 安全监督 | 质量监督 | safety supervision | quality supervision | construction supervision | project supervision | engineering supervision | supervision of construction | food safety supervision | market supervision

[integrity-supervisor]
categories = discipline:0.8
zh = 廉政监督员 | 特邀监督员 | 党风监督员 | 监督小组
en = integrity supervisor | special supervisor | party style supervisor | invited supervisor | supervision group | clean government supervisor | specially invited supervisor | party conduct supervisor | supervisor of integrity | supervision team | supervisory group | supervisory team | integrity inspector | part-time supervisor

[whistleblowing]
categories = discipline:0.6
zh = 举报 | 举报箱 | 举报电话 | 检举 | 控告
en = whistleblowing | report box | reporting hotline | tip-off | complaint box | accusation | whistle-blowing | whistleblower | reporting mailbox | reporting telephone | report phone | letter of report | report and accusation | reporting and complaint | informant | denunciation | problem clue | clue of problem | clue to problem

[power-restraint]
categories = discipline:0.7
zh = 权力运行 | 制约权力 | 权力监督 | 把权力关进制度的笼子 | 用制度管人 | 制度管人
en = exercise of power | restrict power | restraint of power | power into the cage of the system | cage of system | supervision of power | manage people by system | system to manage people | restriction of power | restrain power | restraint on power | constrain power | constraint of power | constraint on power | check and balance | power operation | operation of power | running of power | power running | supervise power | supervision over power | supervision on power | power supervision | lock power in the cage | put power in the cage | cage of institution | cage of regulation | manage people with system | manage people by institution | manage affairs by system | system manages people | use system to manage people | manage affairs with system

[three-important-one-large]
categories = discipline:0.8
zh = 三重一大 | 三重一大制度 | 三重一大事项
en = three important and one big | three majors and one big | three important and one large | three major and one large | three important one big | three major one large | three big one large | three important and one major | three important one large | three serious one big | three heavy one big | three heavy and one large | three heavy and one big | three key and one big | three importance and one greatness | use of large amount of fund | use of large sum of money | large-amount fund

[collective-decision]
categories = discipline:0.5, member_development:0.3
zh = 集体讨论决定 | 集体决策 | 集体研究 | 民主决策 | 集体领导 | 议事规则 | 议事决策 | 党政联席会议 | 党政联席会
en = collective decision | collective discussion and decision | collective decision-making | democratic decision-making | collectively studied | collective leadership | rules of procedure | deliberation and decision-making | collective discussion | collective deliberation | collectively decide | collectively discuss | collective research | collectively research | collective research and decision | rules of discussion | procedural rules | deliberation rule | rule for deliberation | decision-making procedure | decision-making rule | scientific and democratic decision-making | democratic and scientific decision-making | joint meeting of party and government | party and government joint meeting | joint party and government meeting

[report-on-duty-and-integrity]
categories = discipline:0.9
zh = 述职述廉 | 述廉 | 述责述廉 | 述廉评廉 | 述职述廉制度
en = report on duty and integrity | report on work and integrity | report on integrity | debriefing and integrity | report on duty and clean government | report on duty and honesty | report duty and integrity | report on performance and integrity | integrity report | report on clean government | report on responsibility and integrity | duty and integrity report | debriefing on integrity | integrity debriefing | report on the performance of duties and integrity | report on work and clean government | report of work and integrity | integrity appraisal | integrity evaluation | evaluation of integrity | assessment of integrity

[democratic-appraisal-of-cadres]
categories = discipline:0.7, member_development:0.4
zh = 民主评议干部 | 评议干部 | 民主测评 | 满意度测评
en = democratic appraisal of cadres | democratic evaluation of cadres | democratic assessment | evaluation of cadres | satisfaction evaluation | democratic review of cadre | appraisal of cadre | democratic test | democratic measurement | democratic evaluation and test | satisfaction assessment | satisfaction test | satisfaction measurement | satisfaction rating | evaluation of leading cadre | appraisal of leading cadre | democratic appraisal of leading cadre | democratic evaluation of leading cadre

[financial-disclosure]
categories = discipline:1.0
zh = 财务公开 | 财务公示 | 民主理财 | 财务监督 | 财务管理制度
en = financial disclosure | financial openness | open finance | financial publicity | financial affairs open | democratic financial management | financial supervision | disclosure of finances | open financial affairs | finance disclosure | finance openness | finance publicity | financial transparency | financial affairs disclosure | financial affairs publicity | financial affairs public | publicize finance | publicise finance | financial information disclosure | disclosure of financial information | democratic management of finance | finance supervision | supervision of finance | publication of account | account publicity | publish the account | disclose the account

[village-affairs-open]
categories = discipline:1.0, mass_work:0.3
zh = 村务公开 | 两公开一监督 | 村务监督 | 村务监督委员会 | 村务公开栏 | 四议两公开
en = village affairs open | open village affairs | village affairs disclosure | village affairs publicity | two publicity and one supervision | two disclosures and one supervision | village affairs supervision | village affairs supervision committee | four discussions and two publicity | village affairs openness | openness of village affairs | publicity of village affairs | disclosure of village affairs | village affairs public | make village affairs public | village affairs transparency | publicize village affairs | publicise village affairs | village affairs bulletin | village affairs notice board | village affairs supervisory committee | village affairs supervision board | four discussions and two openings | four discussions and two disclosures | four deliberations and two publicities | four discussions two publicity | four proposals and two openings | four negotiations and two publicity | two openness and one supervision | two open and one supervision | two public one supervision | village finance open | open village finance | village financial disclosure | village-level affairs open | village-level affairs openness | made village affairs public

[government-affairs-open]
categories = discipline:1.0
zh = 政务公开 | 政务公示 | 阳光政务
en = open government affairs | government affairs disclosure | open government | government affairs open | government affairs publicity | transparent government affairs | publicize government affairs | government affairs openness | openness of government affairs | disclosure of government affairs | publicity of government affairs | government affairs transparency | open administration | administrative openness | government information disclosure | publicise government affairs | sunshine government | government affairs public | public government affairs

[school-affairs-open]
categories = discipline:1.0
zh = 校务公开 | 校务公开栏 | 校务公开制度
en = open school affairs | school affairs disclosure | publicize school affairs | publicizing of school affairs | school affairs open | school affairs publicity | school affairs public | school affairs openness | openness of school affairs | publicity of school affairs | school affairs transparency | publicise school affairs | disclosure of school affairs | school affairs bulletin | open school management | school management openness | campus affairs open | college affairs open | university affairs open | university affairs disclosure | college affairs disclosure

[other-affairs-open]
categories = discipline:1.0
zh = 党务公开 | 院务公开 | 厂务公开 | 办事公开 | 事务公开 | 信息公开
en = party affairs open | open party affairs | party affairs disclosure | hospital affairs open | factory affairs open | open affairs | information disclosure | public affairs openness | party affairs openness | openness of party affairs | publicity of party affairs | disclosure of party affairs | party affairs public | party affairs publicity | hospital affairs openness | hospital affairs disclosure | hospital affairs publicity | open hospital affairs | factory affairs openness | factory affairs disclosure | open factory affairs | enterprise affairs open | enterprise affairs openness | enterprise affairs disclosure | company affairs open | affairs disclosure | affairs openness | openness of affairs | disclosure of affairs | open handling of affairs | handle affairs openly | information openness | information publicity | disclosure of information | publicity of information

[public-notice]
categories = discipline:0.4
zh = 公示 | 公示制度 | 公开栏 | 公示栏 | 张榜公布 | 公开透明 | 阳光操作
en = public notice | publicity | publicize | public announcement | public notice column | openness and transparency | open and transparent | sunshine operation | publicise | public notice board | open column | disclosure column | public disclosure | make public | made public | publicly announce | announce publicly | publicly disclose | publicly post | post publicly | publicly display | public display | public notification | sunlight operation | transparent operation | publicity and transparency

# ---------------------------------------------------------------------------
# Self-examination, criticism, rectification
# ---------------------------------------------------------------------------

[democratic-life-meeting]
categories = discipline:1.0, member_development:0.4
zh = 民主生活会 | 专题民主生活会 | 民主生活会制度 | 领导班子民主生活会
en = democratic life meeting | democratic life conference | democratic life session | democratic meeting of life | democratic life meeting system | democratic life | democratic living meeting | democracy life meeting | democratic meeting | democratic life will | democratic livelihood meeting

[criticism-and-self-criticism]
categories = discipline:1.0, member_development:0.3
zh = 批评与自我批评 | 批评和自我批评 | 自我批评 | 相互批评 | 开展批评 | 批评意见
en = criticism and self-criticism | self-criticism | mutual criticism | carry out criticism | critical opinion | criticize and self-criticize | self-critical | criticise and self-criticise | self-criticise | criticize each other | criticise each other | criticism of each other | criticism opinion | criticism and suggestion | critical comment | critical suggestion

[check-against-problems]
categories = discipline:0.7
zh = 查摆问题 | 问题查摆 | 对照检查 | 对照检查材料 | 检视问题 | 剖析材料 | 党性分析 | 检视剖析
en = identify problems | find problems | check against | comparison and inspection | inspection materials | self-analysis | party spirit analysis | examine problems | analysis material | look for problem | search for problem | find out problem | check and find problem | examine and find problem | identification of problem | problem identification | problem finding | contrast check | contrast inspection | comparison check | control inspection | checking material | examination and analysis | self-examination and analysis | analysis of party spirit | dissection material | anatomy material | inspect problem | review problem | examination of problem

[rectification]
categories = discipline:0.6
zh = 整改 | 整改落实 | 边学边改 | 立行立改 | 即知即改 | 问题整改 | 整改清单 | 问题台账 | 整改台账 | 整改到位 | 问题清单
en = rectification | rectify | rectify and implement | correct while learning | rectify immediately | rectification list | rectify problems | correction of problems | rectification and reform | rectify and reform | rectification and improvement | rectify and improve | rectification and implementation | rectification ledger | rectification account | rectification task | list of rectification | rectify while learning | rectify while studying | reform while learning | correct while studying | correct immediately | rectify at once | immediate rectification | problem rectification | rectification of problem | correct problem | rectification in place | rectify in place | problem list | list of problems | problem ledger

[self-inspection]
categories = discipline:0.7
zh = 自查自纠 | 自查 | 自查自改 | 专项检查 | 自查报告
en = self-inspection | self-examination and self-correction | self-check | special inspection | self-examination | self-inspection report | self-correction | self-inspect | self-correct | self-check and self-correction | self-inspection and self-correction | self-check and self-rectification | self-inspection and rectification | self-examination and rectification | self-check and rectification | self-investigation | self-review | special check | special examination | special investigation | self-check report

[rules-and-regulations]
categories = discipline:0.3, member_development:0.3
zh = 规章制度 | 建章立制 | 制度建设 | 制度体系 | 健全制度
en = rules and regulations | establish rules | system construction | institution building | system building | improve the system | sound system | regulations and systems | rules and systems | establish rules and regulations | establish systems | improve rules and regulations | institutional construction | institutional building | institutionalization | institutionalisation | system improvement | sound rules and regulations | perfect the system

[legal-education]
categories = discipline:0.4, study:0.4
zh = 法制教育 | 法治教育 | 普法 | 普法教育 | 法治宣传 | 法制宣传 | 宪法学习 | 法治意识
en = legal education | law popularization | rule of law education | legal system education | legal publicity | publicity of law | constitution study | rule of law awareness | legal awareness | law education | education on law | education of law | legal knowledge education | education in the rule of law | law popularisation | popularize law | popularise law | popularization of law | law dissemination | legal dissemination | dissemination of law | law publicity | legal system publicity | publicity of the rule of law | rule of law publicity | publicize the law | awareness of law | law awareness | sense of law | legal consciousness | rule of law consciousness | constitution learning | study of the constitution | learn the constitution | study the constitution | constitution day | constitution publicity week | legal literacy | legal propaganda | law propaganda | propaganda of law

# ---------------------------------------------------------------------------
# Inaction and buck-passing (作风 problems named in rectification lists)
# ---------------------------------------------------------------------------

[inaction-and-buck-passing]
categories = discipline:0.8
zh = 不作为 | 慢作为 | 乱作为 | 不担当 | 不担当不作为 | 不敢担当 | 推诿扯皮 | 推诿 | 扯皮 | 懒政怠政 | 懒政 | 怠政 | 为官不为 | 庸政懒政
en = inaction | slow action | arbitrary action | not take responsibility | dare not take responsibility | shirk responsibility | pass the buck | buck-passing | shirk and wrangle | prevaricate | prevarication | lazy governance | lazy politics | lazy government | idle government | sluggish government | officials who do nothing | take no action

[conflict-of-interest]
categories = discipline:0.8
zh = 利益冲突 | 干预插手 | 插手干预 | 违规经商办企业 | 经商办企业 | 兼职取酬 | 违规兼职 | 违规借贷 | 利益输送 | 靠企吃企
en = conflict of interest | interfere and intervene | run a business in violation of regulations | doing business and running enterprises | part-time job for pay | part-time pay | part-time remuneration | illegal part-time job | illegal lending | transfer of interests | tunneling of benefits | benefit transfer

# Clean-institution campaigns (清廉X建设): named integrity-building programmes of a school, agency, hospital or enterprise
[clean-institution-building]
categories = discipline:1.0
zh = 清廉建设 | 清廉校园 | 清廉机关 | 清廉医院 | 清廉企业 | 清廉学校 | 清廉村居 | 清廉单位 | 廉洁机关 | 廉洁校园 | 廉洁医院 | 廉洁企业
en = clean and honest campus | clean campus | integrity campus | clean and honest institution | clean and honest organ | clean government organ | clean and honest hospital | clean hospital | clean and honest enterprise | clean enterprise | clean and honest unit | clean and honest school | clean school | clean village

# Political life within the party (党内政治生活): its rules and their strict observance
[inner-party-political-life]
categories = discipline:0.7, member_development:0.4
zh = 党内政治生活 | 严肃党内政治生活 | 党内生活 | 党内政治生活准则
en = inner-party political life | intra-party political life | political life within the party | political life in the party | inner-party life | intra-party life | political life of the party

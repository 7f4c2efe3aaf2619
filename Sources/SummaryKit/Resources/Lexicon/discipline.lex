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
en = discipline | sense of discipline | disciplinary awareness
unless = 学科纪律 | academic discipline | subject discipline

[party-discipline]
categories = discipline:1.0
zh = 党的纪律 | 党纪国法 | 政治纪律 | 组织纪律 | 廉洁纪律 | 群众纪律 | 工作纪律 | 生活纪律 | 六大纪律 | 政治规矩
en = party discipline | political discipline | organizational discipline | discipline of the party | six disciplines | political rules | integrity discipline | work discipline | party discipline and state law

[discipline-education]
categories = discipline:1.0
zh = 纪律教育 | 党纪教育 | 纪律教育学习月 | 纪律教育月 | 党纪条规教育 | 法纪教育
en = discipline education | disciplinary education | education on discipline | discipline education month | party discipline education | law and discipline education

[observe-discipline]
categories = discipline:0.9
zh = 遵纪守法 | 守纪律讲规矩 | 讲规矩 | 守规矩 | 严守纪律 | 严明纪律 | 严守政治纪律
en = abide by discipline and law | observe discipline and abide by the law | abide by the rules | observe discipline | obey discipline | follow the rules | abide by discipline | strict discipline

[party-regulations]
categories = discipline:0.8, study:0.3
zh = 党规党纪 | 党内法规 | 党规 | 准则和条例 | 廉洁自律准则 | 纪律处分条例 | 党内监督条例 | 问责条例
en = party regulations | intra-party regulations | party rules | code of integrity and self-discipline | regulations on disciplinary actions | regulations on intra-party supervision | accountability regulations

[disciplinary-violation]
categories = discipline:0.8
zh = 违纪 | 违法违纪 | 违规违纪 | 违纪违法 | 违反纪律 | 违法乱纪 | 违规
en = violation of discipline | violate discipline | disciplinary violation | breach of discipline | violation of law and discipline | violate the law and discipline | violation of rules | violate rules

[disciplinary-punishment]
categories = discipline:0.9
zh = 党纪处分 | 纪律处分 | 处分 | 查处 | 党纪政纪处分 | 组织处理
en = disciplinary action | disciplinary sanction | party disciplinary punishment | disciplinary punishment | investigate and punish | organizational handling

[discipline-inspection]
categories = discipline:1.0
zh = 纪检 | 纪检监察 | 纪委 | 纪检委员 | 纪检组 | 巡视 | 巡察 | 巡视巡察
en = discipline inspection | disciplinary inspection | discipline inspection commission | commission for discipline inspection | discipline inspection member | inspection tour | patrol inspection | circuit inspection

[rectify-conduct-enforce-discipline]
categories = discipline:1.0
zh = 正风肃纪 | 执纪问责 | 监督执纪 | 执纪 | 四种形态 | 咬耳扯袖 | 红红脸出出汗
en = rectify conduct and enforce discipline | enforce discipline | discipline enforcement | four forms | four forms of supervision | supervision and discipline enforcement

# ---------------------------------------------------------------------------
# Party conduct and clean government
# ---------------------------------------------------------------------------

[party-conduct-clean-government]
categories = discipline:1.0
zh = 党风廉政建设 | 党风廉政 | 党风廉洁建设 | 党风廉政教育 | 党风廉政建设责任制
en = party style and clean government | construction of party style and clean government | party conduct and clean government | building of party style and clean government | party style and integrity | clean government and party style | party building and clean government | party style and clean government construction

[clean-government]
categories = discipline:1.0
zh = 廉政建设 | 廉政 | 勤政廉洁 | 清正廉洁 | 廉洁从政 | 勤廉 | 清廉
en = clean government | honest government | clean and honest government | clean politics | incorruptible | diligent and honest

[integrity]
categories = discipline:0.7
zh = 廉洁 | 廉洁奉公 | 廉洁自守 | 两袖清风
en = integrity | honesty | honest | uprightness | clean-handed

[integrity-self-discipline]
categories = discipline:1.0
zh = 廉洁自律 | 廉洁从教 | 廉洁从业 | 廉洁从医 | 自律 | 严于律己 | 慎独慎微
en = integrity and self-discipline | clean and self-disciplined | honest and self-disciplined | self-discipline | be strict with oneself | honest in teaching | honest practice

[integrity-education]
categories = discipline:1.0
zh = 廉政教育 | 廉洁教育 | 反腐倡廉教育 | 廉政党课 | 廉洁从政教育 | 从政道德教育
en = integrity education | clean government education | anti-corruption education | honesty education | clean government party class | political ethics education

[anti-corruption]
categories = discipline:1.0
zh = 反腐 | 反腐败 | 反腐倡廉 | 拒腐防变 | 抗腐拒变 | 拒腐蚀 | 惩治腐败 | 腐败 | 预防腐败 | 拒腐昌廉
en = anti-corruption | fight against corruption | combat corruption | resist corruption | corruption | anticorruption | resist corruption and change | prevent corruption | punish corruption | anti-corruption and promoting integrity

[warning-education]
categories = discipline:1.0
zh = 警示教育 | 警示教育片 | 警示教育基地 | 以案促改 | 以案说法 | 以案为鉴 | 反面典型
en = warning education | cautionary education | warning film | warning education base | use cases to promote reform | learn from cases | negative example

[clean-government-culture]
categories = discipline:0.9
zh = 廉政文化 | 廉洁文化 | 廉政文化进校园 | 廉政文化建设 | 廉洁文化进校园
en = clean government culture | integrity culture | culture of integrity | clean culture | culture of clean government | clean government culture into campus

[integrity-risk]
categories = discipline:0.8
zh = 廉政风险 | 廉政风险防控 | 廉政风险点 | 风险防控
en = integrity risk | clean government risk | risk prevention and control | integrity risk point | prevention and control of integrity risk

[integrity-file]
categories = discipline:0.9
zh = 廉政档案 | 廉洁档案 | 个人有关事项报告 | 个人事项报告
en = integrity file | clean government file | integrity archive | report on personal matters | personal matters report

[integrity-talks]
categories = discipline:1.0
zh = 廉政谈话 | 提醒谈话 | 诫勉谈话 | 约谈 | 谈话提醒 | 廉洁谈话 | 集体廉政谈话
en = integrity talk | clean government talk | admonishment talk | admonition talk | reminder talk | warning talk | admonishing conversation

[integrity-pledge]
categories = discipline:0.9
zh = 廉洁承诺 | 廉政承诺 | 廉洁承诺书 | 廉政承诺书 | 不收红包承诺
en = integrity pledge | integrity commitment | clean government commitment | honesty pledge | pledge of integrity

[responsibility-letter]
categories = discipline:0.9
zh = 责任书 | 廉政责任书 | 目标责任书 | 党风廉政建设责任书 | 责任状 | 签订责任书 | 责任签约
en = responsibility letter | letter of responsibility | responsibility statement | responsibility book | target responsibility letter | sign the responsibility letter | responsibility pledge

[responsibility-system]
categories = discipline:0.7
zh = 责任制 | 一岗双责 | 主体责任 | 监督责任 | 两个责任 | 第一责任人
en = responsibility system | one post two responsibilities | one post with dual responsibilities | main responsibility | primary responsibility | supervisory responsibility | first responsible person | two responsibilities

[accountability]
categories = discipline:0.9
zh = 问责 | 追责 | 责任追究 | 追究责任 | 问责制 | 倒查
en = accountability | hold accountable | accountability system | investigate responsibility | pursue responsibility | accountable

[strict-party-governance]
categories = discipline:1.0
zh = 全面从严治党 | 从严治党 | 党要管党 | 管党治党 | 从严管党治党 | 党要管党、从严治党
en = strictly govern the party | comprehensively and strictly govern the party | strict governance of the party | full and rigorous governance over the party | govern the party strictly | the party must supervise itself | the party should manage the party | administer the party strictly | strict management of the party

[self-revolution]
categories = discipline:0.6
zh = 自我革命 | 刀刃向内 | 自我净化 | 自我完善
en = self-revolution | self-purification | self-improvement | turn the blade inward | self-purification and self-improvement

[integrity-reminders]
categories = discipline:0.8
zh = 廉政提醒 | 廉洁提醒 | 节前提醒 | 节日廉政提醒 | 廉政短信 | 廉洁过节
en = integrity reminder | clean government reminder | holiday integrity reminder | pre-holiday reminder | integrity text message | clean holiday

[power-and-responsibility-lists]
categories = discipline:0.6
zh = 权力清单 | 责任清单 | 负面清单 | 小微权力 | 小微权力清单
en = power list | responsibility list | negative list | petty power | list of petty powers

[ethics-veto]
categories = discipline:0.8
zh = 一票否决 | 师德一票否决 | 师德失范 | 失范行为 | 师德负面清单
en = one-vote veto | veto by one vote | teacher misconduct | ethical misconduct | misconduct of teachers

[official-consumption]
categories = discipline:0.7
zh = 职务消费 | 公务消费 | 违规发放津补贴 | 津补贴 | 超标准接待 | 公务用车
en = position-related consumption | official consumption | illegal allowance | subsidies and allowances | over-standard reception | official car use

[procurement-oversight]
categories = discipline:0.5
zh = 招投标 | 政府采购 | 阳光采购 | 招标采购 | 集中采购
en = bidding | tendering | government procurement | sunshine procurement | bidding and tendering | centralized procurement

# ---------------------------------------------------------------------------
# Work style and the "four undesirable styles"
# ---------------------------------------------------------------------------

[eight-point-regulation]
categories = discipline:1.0
zh = 八项规定 | 中央八项规定 | 八项规定精神 | 八项规定及其实施细则
en = eight regulations | eight provisions | eight-point regulation | eight-point rules | eight rules | eight-point provision | eight-point decision | eight central regulations | eight stipulations

[four-undesirable-styles]
categories = discipline:1.0
zh = 四风 | 反四风 | 纠正四风 | 四风问题 | 奢靡之风 | 享乐主义
en = four winds | four styles | four undesirable work styles | four bad styles | four undesirable styles | four unhealthy tendencies | extravagance | hedonism

[formalism-bureaucratism]
categories = discipline:0.9
zh = 形式主义 | 官僚主义 | 形式主义官僚主义 | 文山会海
en = formalism | bureaucratism | bureaucracy | formalism and bureaucratism | sea of documents and meetings

[unhealthy-practices]
categories = discipline:0.8
zh = 不正之风 | 行业不正之风 | 歪风邪气 | 庸懒散 | 慵懒散 | 吃空饷 | 三乱
en = unhealthy trend | unhealthy practice | malpractice | unhealthy tendency | laziness and laxity | three chaos | three arbitrary

[work-style-building]
categories = discipline:1.0
zh = 作风建设 | 工作作风 | 改进作风 | 转变作风 | 作风纪律 | 改进工作作风 | 转变工作作风 | 作风转变
en = work style | style building | style construction | construction of work style | change style | improve work style | style of work | work style construction | change work style | improve the style

[style-rectification]
categories = discipline:0.9
zh = 作风整顿 | 纪律作风整顿 | 作风整治 | 作风问题 | 专项整治
en = style rectification | rectification of work style | rectification of style | special rectification | work style problem

[party-style]
categories = discipline:0.8
zh = 党风 | 政风 | 党风政风 | 党风建设 | 政风行风
en = party style | party conduct | government style | style of the party | style of government | government conduct

[industry-style]
categories = discipline:0.8
zh = 行风 | 行风建设 | 行风评议 | 政风行风评议 | 行风监督员 | 行风热线
en = industry style | professional conduct | industry style construction | industry style appraisal | appraisal of government style | industry style supervisor

[teacher-ethics]
categories = discipline:1.0
zh = 师德师风 | 师德 | 师风 | 师德建设 | 师德师风建设 | 师德规范 | 师德考核 | 教风 | 师德教育 | 师德档案
en = teacher's morality | teacher ethics | teacher's moral | morality of teachers | teaching style | teacher's professional ethics | teacher's moral examination | teacher's moral record | teachers' morality and style | ethics of teachers

[medical-ethics]
categories = discipline:0.9
zh = 医德医风 | 医德 | 医风 | 医德考评
en = medical ethics | medical morality | medical ethics and style | medical style | medical ethics evaluation

[professional-ethics]
categories = discipline:0.7
zh = 职业道德 | 职业道德规范 | 从政道德 | 职业操守 | 社会公德
en = professional ethics | professional morality | occupational ethics | political ethics | professional integrity | code of professional ethics

[paid-tutoring-ban]
categories = discipline:0.7
zh = 有偿家教 | 有偿补课 | 乱收费 | 乱订资料 | 体罚学生 | 变相体罚
en = paid tutoring | paid tutorial | charge classes | pay tutor | arbitrary charges | corporal punishment | disguised corporal punishment

[gifts-and-banquets]
categories = discipline:0.8
zh = 收受礼品 | 收受礼金 | 红包礼金 | 公款吃喝 | 大操大办 | 吃拿卡要 | 吃请 | 宴请 | 收受红包
en = accept gifts | accept cash gifts | red envelope | public funds for eating and drinking | extravagant weddings and funerals | banquet | dinner invitation | gift money

[public-funds]
categories = discipline:0.7
zh = 公款 | 挪用公款 | 小金库 | 招待费 | 公车私用 | 公车 | 三公经费 | 公务接待
en = public funds | misappropriation of public funds | misappropriate public funds | small treasury | slush fund | entertainment expenses | hospitality expenses | public car for private use | official car | official vehicle | three public expenses | three official expenses | official reception

[frugality]
categories = discipline:0.6
zh = 勤俭节约 | 厉行节约 | 反对浪费 | 艰苦奋斗 | 铺张浪费 | 挥霍浪费 | 勤俭办事
en = diligence and thrift | thrift | practice economy | practise thrift | oppose waste | hard work and plain living | extravagance and waste | squander and waste | hard struggle

[family-tradition]
categories = discipline:0.6
zh = 家风 | 廉洁家风 | 家风建设 | 家规家训 | 家庭助廉
en = family style | family tradition | clean family style | family rules and instructions | family virtue

[political-ecology]
categories = discipline:0.7
zh = 政治生态 | 风清气正 | 良好政治生态 | 清清爽爽
en = political ecology | clean and upright | political environment | healthy political ecology | upright atmosphere

# ---------------------------------------------------------------------------
# Supervision, open affairs, checks on power
# ---------------------------------------------------------------------------

[supervision]
categories = discipline:0.7
zh = 监督 | 民主监督 | 群众监督 | 党内监督 | 监督检查 | 接受监督 | 监督机制 | 社会监督
en = supervision | supervise | oversight | democratic supervision | mass supervision | intra-party supervision | accept supervision | supervision and inspection | supervision mechanism | social supervision | public supervision
unless = 安全监督 | 质量监督 | safety supervision | quality supervision

[integrity-supervisor]
categories = discipline:0.8
zh = 廉政监督员 | 特邀监督员 | 党风监督员 | 监督小组
en = integrity supervisor | special supervisor | party style supervisor | invited supervisor | supervision group

[whistleblowing]
categories = discipline:0.6
zh = 举报 | 举报箱 | 举报电话 | 检举 | 控告
en = whistleblowing | report box | reporting hotline | tip-off | complaint box | accusation

[power-restraint]
categories = discipline:0.7
zh = 权力运行 | 制约权力 | 权力监督 | 把权力关进制度的笼子 | 用制度管人 | 制度管人
en = exercise of power | restrict power | restraint of power | power into the cage of the system | cage of system | supervision of power | manage people by system | system to manage people

[three-important-one-large]
categories = discipline:0.8
zh = 三重一大 | 三重一大制度 | 三重一大事项
en = three important and one big | three majors and one big | three important and one large | three major and one large | three important one big

[collective-decision]
categories = discipline:0.5, member_development:0.3
zh = 集体讨论决定 | 集体决策 | 集体研究 | 民主决策 | 集体领导 | 议事规则 | 议事决策
en = collective decision | collective discussion and decision | collective decision-making | democratic decision-making | collectively studied | collective leadership | rules of procedure | deliberation and decision-making

[report-on-duty-and-integrity]
categories = discipline:0.9
zh = 述职述廉 | 述廉 | 述责述廉 | 述廉评廉 | 述职述廉制度
en = report on duty and integrity | report on work and integrity | report on integrity | debriefing and integrity | report on duty and clean government

[democratic-appraisal-of-cadres]
categories = discipline:0.7, member_development:0.4
zh = 民主评议干部 | 评议干部 | 民主测评 | 满意度测评
en = democratic appraisal of cadres | democratic evaluation of cadres | democratic assessment | evaluation of cadres | satisfaction evaluation

[financial-disclosure]
categories = discipline:1.0
zh = 财务公开 | 财务公示 | 民主理财 | 财务监督 | 财务管理制度
en = financial disclosure | financial openness | open finance | financial publicity | financial affairs open | democratic financial management | financial supervision | disclosure of finances | open financial affairs

[village-affairs-open]
categories = discipline:1.0, mass_work:0.3
zh = 村务公开 | 两公开一监督 | 村务监督 | 村务监督委员会 | 村务公开栏 | 四议两公开
en = village affairs open | open village affairs | village affairs disclosure | village affairs publicity | two publicity and one supervision | two disclosures and one supervision | village affairs supervision | village affairs supervision committee | four discussions and two publicity

[government-affairs-open]
categories = discipline:1.0
zh = 政务公开 | 政务公示 | 阳光政务
en = open government affairs | government affairs disclosure | open government | government affairs open | government affairs publicity | transparent government affairs | publicize government affairs

[school-affairs-open]
categories = discipline:1.0
zh = 校务公开 | 校务公开栏 | 校务公开制度
en = open school affairs | school affairs disclosure | publicize school affairs | publicizing of school affairs | school affairs open | school affairs publicity | school affairs public

[other-affairs-open]
categories = discipline:1.0
zh = 党务公开 | 院务公开 | 厂务公开 | 办事公开 | 事务公开 | 信息公开
en = party affairs open | open party affairs | party affairs disclosure | hospital affairs open | factory affairs open | open affairs | information disclosure | public affairs openness

[public-notice]
categories = discipline:0.4
zh = 公示 | 公示制度 | 公开栏 | 公示栏 | 张榜公布 | 公开透明 | 阳光操作
en = public notice | publicity | publicize | public announcement | public notice column | openness and transparency | open and transparent | sunshine operation

# ---------------------------------------------------------------------------
# Self-examination, criticism, rectification
# ---------------------------------------------------------------------------

[democratic-life-meeting]
categories = discipline:1.0, member_development:0.4
zh = 民主生活会 | 专题民主生活会 | 民主生活会制度 | 领导班子民主生活会
en = democratic life meeting | democratic life conference | democratic life session | democratic meeting of life | democratic life meeting system

[criticism-and-self-criticism]
categories = discipline:1.0, member_development:0.3
zh = 批评与自我批评 | 批评和自我批评 | 自我批评 | 相互批评 | 开展批评 | 批评意见
en = criticism and self-criticism | self-criticism | mutual criticism | carry out criticism | critical opinion | criticize and self-criticize

[check-against-problems]
categories = discipline:0.7
zh = 查摆问题 | 问题查摆 | 对照检查 | 对照检查材料 | 检视问题 | 剖析材料 | 党性分析 | 检视剖析
en = identify problems | find problems | check against | comparison and inspection | inspection materials | self-analysis | party spirit analysis | examine problems | analysis material

[rectification]
categories = discipline:0.6
zh = 整改 | 整改落实 | 边学边改 | 立行立改 | 即知即改 | 问题整改 | 整改清单
en = rectification | rectify | rectify and implement | correct while learning | rectify immediately | rectification list | rectify problems | correction of problems

[self-inspection]
categories = discipline:0.7
zh = 自查自纠 | 自查 | 自查自改 | 专项检查 | 自查报告
en = self-inspection | self-examination and self-correction | self-check | special inspection | self-examination | self-inspection report | self-correction

[rules-and-regulations]
categories = discipline:0.3, member_development:0.3
zh = 规章制度 | 建章立制 | 制度建设 | 制度体系 | 健全制度
en = rules and regulations | establish rules | system construction | institution building | system building | improve the system | sound system

[legal-education]
categories = discipline:0.4, study:0.4
zh = 法制教育 | 法治教育 | 普法 | 普法教育 | 法治宣传 | 法制宣传 | 宪法学习 | 法治意识
en = legal education | law popularization | rule of law education | legal system education | legal publicity | publicity of law | constitution study | rule of law awareness | legal awareness

# SummaryKit built-in lexicon — section `member_development`
# Members and organisation (发展党员 / 党员队伍与组织建设): recruitment, member management,
# leadership-team and cadre building, the branch's regular organisational life.
# Format and provenance: see README.md in this folder.
# English forms are lowercase base forms; the matcher folds inflections.

# ---------------------------------------------------------------------------
# Generic words (low weight on purpose: they occur in every paragraph)
# ---------------------------------------------------------------------------

[party-member-generic]
categories = member_development:0.2
zh = 党员 | 共产党员 | 中共党员 | 党员同志
en = party member | communist party member | member of the communist party | communist | member of the party | cpc member | member of the cpc

[party-branch-generic]
categories = member_development:0.2
zh = 党支部 | 支部 | 党总支 | 总支
en = party branch | branch | general party branch | general branch

[party-organization-generic]
categories = member_development:0.4
zh = 党组织 | 上级党组织 | 各级党组织
en = party organization | higher-level party organization | party organizations at all levels | party organisation | party organisations at all levels | higher party organization | superior party organization | superior party organisation | higher-level party organisation | party organization at higher level | party organization of the higher level | upper-level party organization | cpc organization

# ---------------------------------------------------------------------------
# Recruitment: from application to full membership
# ---------------------------------------------------------------------------

[develop-party-members]
categories = member_development:1.0
zh = 发展党员 | 发展新党员 | 党员发展 | 吸收新党员 | 发展党员工作 | 发展党员计划
en = develop party member | develop new party member | recruit party member | recruit new party member | development of party member | party member development | recruitment of party member | admit new party member | develop new member | party membership development | development of new party member | recruitment of new party member | recruit new member | recruitment of member | admit party member | admission of new party member | admission of party member | absorb new party member | absorb party member | absorb new member | party member recruitment | new party member | new member development | newly developed party member | develop member | development of member | work of developing party member | plan for developing party member | develop young party member | develop carefully | careful development | prudent development | develop prudently

[join-the-party]
categories = member_development:0.6
en = join the party | admitted to the party | admission to the party | admit into the party | enter the party | entry into the party | accept into the party | absorb into the party | join the communist party | join the cpc

[application-to-join]
categories = member_development:1.0
zh = 入党申请书 | 入党申请 | 递交入党申请书 | 申请入党 | 入党申请人 | 写入党申请书
en = application to join the party | party application | application for party membership | apply to join the party | membership application | applicant for party membership | application letter for joining the party | apply for party membership | application for joining the party | application for admission to the party | application to join the communist party | party membership application | application for party member | letter of application for joining the party | application for membership | party entry application | application for entering the party | application to enter the party | applicant for joining the party | applicant to join the party | party applicant | applicant
unless = job applicant | loan applicant

[party-activists]
categories = member_development:1.0
zh = 入党积极分子 | 积极分子 | 建党积极分子
en = activist | party activist | activist for joining the party | active member for joining the party | active element | activist in the party | active team | active molecule | positive molecule | positive element for joining the party | party joining activist | active applicant
unless = active team building | environmental activist | cultural activist | sports activist

[activist-training]
categories = member_development:1.0
zh = 积极分子培训 | 入党积极分子培训 | 入党积极分子培训班 | 发展对象培训 | 发展对象培训班 | 党校 | 党校培训
en = activist training | training of activist | training for activist | development object training | party school | training class for activists | training of development object | training for development object | development target training | training of development target | training class for development object | training class of activist | training course for activist | training of party activist

[development-targets]
categories = member_development:1.0
zh = 发展对象 | 重点发展对象 | 培养对象 | 培养联系人 | 培养人 | 入党培养人
en = development object | development target | candidate for development | training object | cultivation target | contact person for training | cultivation object | person to be developed | object of development | target of development | target for development | development candidate | candidate for party membership | object of cultivation | training contact person | cultivation contact person | cultivation contact | person to be cultivated | people to be developed | developing object | person for development

[cultivation-and-inspection]
categories = member_development:0.7
zh = 培养考察 | 培养教育 | 考察培养 | 培养考察期 | 考察期
en = training and investigation | cultivation and inspection | training and inspection | cultivate and inspect | inspection period | investigation period | cultivation and investigation | cultivation and examination | training and examination | cultivation and observation | training and observation | inspection and training | investigation and training | examine and cultivate | cultivate and investigate | cultivate and examine | train and inspect | period of investigation | period of inspection | cultivation and education

[admission-procedure]
categories = member_development:0.9
zh = 入党程序 | 入党介绍人 | 入党志愿书 | 政治审查 | 政审 | 票决 | 发展程序 | 支部大会讨论
en = admission procedure | party introducer | introducer | application form for party membership | volunteer form for joining the party | political review | political examination | development procedure | procedure for joining the party | procedure of admission | party admission procedure | procedure for admission | party sponsor | volunteer book | application form for joining the party | party membership application form | volunteer letter for joining the party | volunteer application for joining the party | party volunteer form | political investigation | political vetting | political background check | political background investigation | procedure of developing party member | procedure for developing party member | entry procedure

[motivation-to-join]
categories = member_development:0.9
zh = 入党动机 | 端正入党动机 | 入党愿望
en = motivation to join the party | motive for joining the party | correct motivation for joining the party | desire to join the party | motive to join the party | motivation for joining the party | motive of joining the party | reason for joining the party | purpose of joining the party | correct the motive of joining the party | motivation of joining the party | desire for joining the party | wish to join the party | aspiration to join the party | aspiration of joining the party | willingness to join the party | eager to join the party | intention to join the party

[move-closer-to-party]
categories = member_development:0.8
zh = 向党组织靠拢 | 向党靠拢 | 靠拢 | 追求进步 | 要求进步
en = move closer to the party | close to the party organization | move closer to the party organization | move closer | pursue progress | strive for progress | draw closer to the party | get close to the party | approach the party | lean toward the party | closer to the party | move closer to the party organisation | draw close to the party organization | seek progress | ask for progress | request progress | demand progress | politically progressive | drew closer to the party | got close to the party | drew close to the party organization | sought progress

[probationary-members]
categories = member_development:1.0
zh = 预备党员 | 中共预备党员 | 预备期 | 预备党员考察
en = probationary party member | probationary member | preparatory party member | preparatory member | reserve party member | prospective party member | probationary period | probation period | probationary membership | probationary cpc member | probationary communist party member | probationary member of the party | probationary member of the communist party | probation member | probationer | party member on probation | member on probation | reserve member | prospective member | candidate party member | preparatory period | reserve period | prepare party member | preliminary party member | pre-party member | provisional party member | provisional member

[full-membership]
categories = member_development:1.0
zh = 转正 | 按期转正 | 预备党员转正 | 转为正式党员 | 正式党员 | 转正手续 | 延长预备期
en = turn positive | become a full member | turn regular | full member | formal party member | become a formal party member | conversion to full membership | turn forward | full party member | formal member | regularization | become a regular member | extend the probationary period | turn into full member | become full party member | convert to full member | conversion to full member | convert to full membership | transfer to full member | transfer to formal member | transfer to regular member | regular party member | formal membership | full membership | full-fledged member | full-fledged party member | official party member | become an official party member | became a full member | became a formal party member | became a regular member | became full party member | became a formal member | positive conversion | turn formal | become positive | regularize | regularise | regularisation | confirm membership | confirmation of membership | confirm as full member | convert on time | on time conversion | extend the probation period | extension of the probationary period | extend probation | became an official party member

[party-oath]
categories = member_development:0.7, study:0.3
zh = 重温入党誓词 | 入党宣誓 | 入党誓词 | 宣誓仪式 | 面向党旗宣誓
en = party oath | take the oath | oath of admission | review the oath of joining the party | renew the oath | oath of joining the party | swearing-in ceremony | swear before the party flag | oath to join the party | oath for joining the party | party admission oath | admission oath | oath-taking | swear an oath | revisit the oath | relive the oath | retake the oath | reaffirm the oath | recite the oath | oath of party membership | party membership oath | oath ceremony | swear to the party flag | swear under the party flag | face the party flag and swear | oath before the party flag | took the oath | swore before the party flag | swore an oath | swore to the party flag | swore under the party flag

[recommend-best-league-members]
categories = member_development:0.9, mass_work:0.3
zh = 推优入党 | 推优 | 团员推优 | 推荐优秀团员
en = recommend the best to join the party | recommend outstanding league member | push excellent | recommend excellent league member | recommend the excellent to join the party | recommend outstanding to join the party | recommend the best to the party | recommend excellent youth league member | recommend outstanding youth league member | recommendation of excellent league member | recommendation of outstanding league member | recommend outstanding young people to join the party | league member recommendation | push excellent to join the party

[double-training]
categories = member_development:0.9
zh = 双培养 | 把骨干培养成党员 | 把党员培养成骨干 | 双培双带
en = double training | double cultivation | train backbones into party member | train party member into backbone | cultivate backbones into party member | cultivate party member into backbone | train key member into party member | train party member into key member | double training and double leading | double cultivation and double leading | train business backbone into party member | cultivate business backbone into party member | cultivate party member into business backbone | train party member into business backbone

[fresh-blood]
categories = member_development:0.9
zh = 新鲜血液 | 注入新鲜血液 | 补充新鲜血液 | 新生力量 | 新鲜力量
en = fresh blood | new blood | inject fresh blood | supplement fresh blood | new force | inject new blood | add fresh blood | add new blood | replenish fresh blood | replenish new blood | supplement new blood | fresh force

[development-quality]
categories = member_development:0.7
zh = 发展质量 | 成熟一个发展一个 | 坚持标准 | 控制总量 | 保证质量
en = develop one when one is mature | adhere to the standard | control the total amount | quality of party member development | strictly control the quality | mature one develop one | develop one when mature | develop one mature one | one matures one is developed | control the total number | control total quantity | quality of new party member | recruitment quality | quality of recruitment | structure of party member | party member structure | sixteen-character policy | 16-character policy | sixteen-character guideline

[intellectuals-joining]
categories = member_development:0.6
zh = 优秀知识分子 | 知识分子入党 | 高知群体 | 青年教师入党 | 一线教师入党
en = outstanding intellectual | intellectual joining the party | high-level intellectual | young teacher joining the party | front-line teacher joining the party | excellent intellectual | high-knowledge group | highly educated group | high intellectual group | intellectual party member | frontline teacher joining the party | first-line teacher joining the party | teacher joining the party | backbone teacher joining the party | business backbone joining the party | experts join the party

# ---------------------------------------------------------------------------
# Member management
# ---------------------------------------------------------------------------

[party-fees]
categories = member_development:1.0
zh = 党费 | 党费收缴 | 交纳党费 | 缴纳党费 | 收缴党费 | 党费收缴工作 | 党费使用
en = party dues | party fee | party membership fee | party axis | pay party dues | pay party fee | collection of party dues | collection and payment of party fees | membership dues | party dues collection | membership fee | party membership dues | party expense | payment of party dues | payment of party fee | collection of party fee | collect party dues | collect party fee | hand in party dues | hand in party fee | turn in party dues | submit party dues | pay party membership dues | party member dues | party member fee | use of party dues | use of party fee | management of party dues | management of party fee | dues of party member | fee of party member | paid party dues | paid party fee | paid party membership dues

[organizational-relationship]
categories = member_development:1.0
zh = 组织关系 | 组织关系转接 | 党组织关系 | 组织关系转移 | 党员组织关系 | 组织关系接转
en = organizational relationship | organizational relation | transfer of organizational relationship | party organization relationship | membership transfer | organization relationship | party relationship | organisational relationship | organisational relation | organization relation | party organizational relationship | party organization relation | relationship of party organization | transfer of party relationship | transfer of relationship | relationship transfer | transfer organizational relation | transfer organizational relationship | transfer of organization relationship | transfer of organisational relationship | transfer of membership | transfer party membership | party membership transfer | party relation

[membership-records]
categories = member_development:0.9
zh = 党员档案 | 党员信息 | 党籍 | 党员花名册 | 党员信息库 | 党内统计 | 党员统计
en = party member file | party member archive | party membership record | party membership | party member information | party member roster | party statistics | party member database | party member record | party membership file | party membership archive | file of party member | archive of party member | record of party member | party member roll | roster of party member | party member list | list of party member | party member register | register of party member | party member registration | party membership registration | party member information system | information of party member | statistics of party member | party member statistics | intra-party statistics | inner-party statistics | party statistical | party membership status | membership of the party | cpc membership | party age

[democratic-appraisal-of-members]
categories = member_development:1.0
zh = 民主评议党员 | 党员评议 | 民主评议 | 党员民主评议 | 评议党员 | 评议工作 | 民主评议党员制度
en = democratic appraisal of party member | democratic evaluation of party member | democratic review of party member | democratic appraisal | democratic evaluation | party member evaluation | assessment of party member | appraisal of party member | evaluation of party member | democratic evaluation of members | democratic appraisal of member | democratic review of member | democratic assessment of party member | democratic rating of party member | democratic review | appraise party member | evaluate party member | party member appraisal | party member assessment | party member review | party member rating | review of party member | comment on party member | party member comment | democratic comment | democratic commentary | democratic appraisal and evaluation | appraisal and evaluation of party member

[member-team]
categories = member_development:1.0
zh = 党员队伍 | 党员队伍建设 | 党员管理 | 党员教育管理 | 党员队伍壮大 | 党员教育和管理 | 党员管理和教育 | 党员教育管理工作 | 党员日常管理
en = party member team | team of party member | party member management | management of party member | management and education of party member | education and management of party member | team of member | member team | contingent of party member | party member contingent | party member rank | rank of party member | party member troop | party member force | party member team building | team building of party member | construction of party member team | party member team construction | building of party member team | building the team of party member | managing party member | educate and manage party member | education management of party member | party member education management | education and management of member | grow the party member team | expand the party member team | strengthen the party member team | grew the party member team | party member education and management | daily management of party members

[member-points]
categories = member_development:0.7
zh = 党员积分 | 积分制管理 | 积分管理 | 党员积分制 | 先锋指数
en = party member point | points management | point system management | party member points system | integral management | points system | points-based management | integral system | score management | party member score | party member integral | points of party member | point management system | points for party member | pioneer index

[floating-and-retired-members]
categories = member_development:0.6, mass_work:0.3
zh = 流动党员 | 离退休党员 | 老党员 | 困难党员 | 农村党员 | 年轻党员 | 青年党员
en = floating party member | mobile party member | retired party member | old party member | party member in difficulty | rural party member | young party member | veteran party member | migrant party member | party member working outside | party member who works outside | party member going out | outgoing party member | party member outside | flowing party member | moving party member | retired member | veteran member | old member | elderly party member | aged party member | party member with difficulty | needy party member | poor party member | impoverished party member | party member in need | party member living in difficulty | village party member | young member | youth party member | senior party member | old and sick party member | sick party member | bedridden party member

[care-for-members]
categories = member_development:0.6, mass_work:0.3
zh = 党内关怀 | 关爱党员 | 慰问老党员 | 党内激励关怀帮扶 | 慰问困难党员
en = intra-party care | care for party member | visit old party member | condolences to old party member | care within the party | care in the party | party care | inner-party care | care for old party member | intra-party incentive | incentive care and assistance | care and help for party member | help party member in difficulty

[unqualified-members]
categories = member_development:0.8
zh = 不合格党员 | 处置不合格党员 | 失联党员 | 组织处置
en = unqualified party member | disposal of unqualified party member | lost-contact party member | party member who lost contact | unqualified member | disqualified party member | disposal of unqualified member | dispose of unqualified party member | handle unqualified party member | handling of unqualified party member | deal with unqualified party member | out-of-contact party member | party member out of contact | lost party member | missing party member | lose contact party member | party member losing contact | organizational disposal | organization disposal | persuade to quit the party | persuade to withdraw from the party | advise to withdraw from the party | remove from the party | dealt with unqualified party member

[party-member-identity]
categories = member_development:0.6
zh = 亮身份 | 党员身份 | 党员标识 | 佩戴党徽 | 党员亮身份
en = show identity | party member identity | identity as a party member | wear the party badge | party badge | party emblem | show party member identity | show their identity | show one's identity | bright identity | light identity | brighten identity | identity of party member | identity of communist party member | communist identity | wear party emblem | wear the badge | party member badge | party member sign | party member logo | party member mark | party member label | party member plate | party member household plate | sign of party member | display identity | highlight identity | reveal identity

[political-birthday]
categories = member_development:0.7
zh = 政治生日 | 过政治生日
en = political birthday | celebrate political birthday | political anniversary | political birthday celebration | spend political birthday | birthday of joining the party | anniversary of joining the party | party membership anniversary | anniversary of party membership | political life birthday | spent political birthday

[star-rating]
categories = member_development:0.6
zh = 星级评定 | 党员星级 | 星级党支部 | 星级管理 | 评星定级 | 星级党员
en = star rating | star-level party member | star-rated party member | star-rated party branch | star management | star party branch | star evaluation | star-level evaluation | star-level rating | star level | star grade | star assessment | evaluate star | rating by star | star branch | star party member | star-level branch

# ---------------------------------------------------------------------------
# Role and example of members
# ---------------------------------------------------------------------------

[vanguard-exemplary-role]
categories = member_development:0.7
zh = 先锋模范作用 | 党员先锋模范作用 | 模范带头作用 | 先锋作用 | 带头作用 | 示范作用 | 先锋模范 | 示范引领作用
en = vanguard and exemplary role | exemplary role | pioneering and exemplary role | vanguard role | exemplary and leading role | model role | exemplary vanguard role | exemplary leading role | leading and exemplary role | pioneer and model role | vanguard and model role | pioneer role | role of pioneer | pioneer exemplary role | pioneer model role | exemplary and pioneering role | pioneer and exemplary | demonstration role | demonstrative role | demonstration and leading role | demonstrating and leading role | leading and demonstration role | model and leading role | model leading role | model and exemplary role | exemplary and leading | role of model | vanguard | role of vanguard | vanguard and model | exemplary vanguard

[fighting-fortress]
categories = member_development:0.7
zh = 战斗堡垒 | 战斗堡垒作用 | 政治核心作用 | 领导核心作用 | 核心作用 | 政治功能 | 组织力
en = fighting fortress | battle fortress | fighting bastion | combat fortress | battle bastion | political core role | core role | leading core role | political function | organizational strength | fortress | bastion | battle fort | fighting fort | combat fort | fighting castle | battle castle | political core | leading core | leadership core | core of leadership | organizational power | organizing power | organization power | organisational strength | organizational capacity | organizational force | organization strength

[set-an-example]
categories = member_development:0.4
zh = 率先垂范 | 以身作则 | 表率 | 表率作用 | 作表率 | 带头
en = set an example | lead by example | take the lead | role model | lead the way | be a model | set a good example | lead from the front | serve as a model | act as a model | serve as an example | be an example | set a model | set a benchmark | play an exemplary role | be exemplary | pacesetter | led by example | led from the front

[pioneer-posts]
categories = member_development:0.7
zh = 党员示范岗 | 党员先锋岗 | 示范岗 | 先锋岗 | 党员责任区 | 党员示范区 | 党员示范窗口 | 党员突击队 | 党员中心户 | 党员先锋队 | 党员服务队
en = party member demonstration post | demonstration post | pioneer post | party member pioneer post | party member responsibility area | responsibility area | responsibility zone | demonstration position | demonstration window | party member commando | model post | party member model post | party member vanguard post | vanguard post | demonstration job | model job | pioneer position | party member responsibility district | responsibility region | party member demonstration area | party member demonstration household | party member model household | party member shock team | shock team | commando | commando team | assault team | party member assault team | party member service team | party member vanguard team | vanguard team | party member demonstration team | party member central household | central household of party members | party member core household

[public-commitment]
categories = member_development:0.6
zh = 公开承诺 | 承诺践诺 | 践诺 | 党员承诺 | 承诺书 | 岗位承诺 | 亮诺践诺 | 亮承诺
en = public commitment | commitment and fulfillment | fulfil the commitment | fulfill the commitment | party member commitment | letter of commitment | commitment letter | job commitment | post commitment | practice the commitment | public pledge | publicly commit | public promise | open commitment | open promise | commitment and fulfilment | promise and fulfilment | promise and fulfillment | pledge and fulfilment | pledge and fulfillment | fulfil promise | fulfill promise | honour the commitment | honor the commitment | carry out the commitment | practise the commitment | commitment practice | party member pledge | party member promise | commitment card | pledge card | commitment board | position commitment | service commitment | show commitment

[create-first-strive-excellence]
categories = member_development:0.7, study:0.3
zh = 创先争优 | 争先创优 | 创先争优活动 | 争当先锋 | 五好 | 五带头
en = create first and strive for excellence | strive for excellence | competition for excellence | first-class competition | creating the first to compete for excellence | build first and strive for excellence | compete for excellence | five good | five-lead | vie for excellence | create first | create excellence | compete for the first | contend for the first | strive for the first and create excellence | strive for advanced | create advanced | strive to be advanced | five takes the lead | excellence creation

[outstanding-members]
categories = member_development:0.6
zh = 优秀共产党员 | 优秀党员 | 优秀党务工作者 | 先进基层党组织 | 先进党支部 | 五好党支部 | 表彰先进 | 两优一先 | 七一表彰 | 光荣在党50年 | 光荣在党50年纪念章 | 光荣在党
en = outstanding communist party member | outstanding party member | excellent party member | outstanding party worker | outstanding party affairs worker | advanced grassroots party organization | advanced party branch | five-good party branch | excellent communist party member | excellent communist | outstanding communist | model party member | exemplary party member | advanced party member | excellent party worker | excellent party affairs worker | advanced grass-roots party organisation | advanced primary party organization | advanced party organization | advanced party organisation | advanced branch | excellent party branch | outstanding party branch | model party branch | red flag party branch | two excellent and one advanced | two outstanding and one advanced | july 1 commendation | july 1st commendation | glorious in the party for 50 years | 50 years in the party commemorative medal

[service-commitment-posts]
categories = member_development:0.5, mass_work:0.3
zh = 设岗定责 | 党员设岗定责 | 无职党员 | 一名党员一面旗帜
en = set posts and define duties | party member without post | one party member one flag | each party member is a flag | set up posts and determine responsibilities | set posts and set responsibilities | set up posts and define responsibilities | establish posts and set responsibilities | party member without a position | party member without job | party member with no post | party member without office | non-post party member | one member one flag | one party member one banner

# ---------------------------------------------------------------------------
# Organisational life
# ---------------------------------------------------------------------------

[three-meetings-one-lesson]
categories = member_development:1.0, study:0.4
zh = 三会一课 | 三会一课制度 | 坚持三会一课
en = three sessions and one lesson | three meetings and one lesson | three sessions one lesson | three meetings and one class | three meetings one lesson | three sessions and one class | three conferences and one lesson | three meetings and one lecture | three sessions and one lecture | three meetings one class | three sessions one class | three meetings and a lesson | three meetings and a class | three conferences and one class | three conferences one lesson | three will one lesson | three will and one lesson | three meetings and one course | three sessions and one course | three-one system | three meetings and one party class | three meetings and one party lecture | three sessions and one party class | three-one

[organizational-life-meeting]
categories = member_development:1.0, discipline:0.3
zh = 组织生活会 | 专题组织生活会 | 组织生活 | 党内组织生活 | 双重组织生活 | 组织生活制度
en = organizational life meeting | organizational life | organization life | organisational life | organizational life conference | life of the organization | organisational life meeting | dual organizational life | organization life meeting | organisation life | organizational living | organization living | organisational living | life of the organisation | organizational life will

[themed-party-day]
categories = member_development:1.0, study:0.3
zh = 主题党日 | 主题党日活动 | 党日活动 | 党员活动日 | 固定党日 | 党员活动
en = theme party day | party day | party member activity day | party day activity | party activity day | party member activity | fixed party day | party member day | party theme day | day of party member activity | party activity

[party-member-meeting]
categories = member_development:0.8
zh = 党员大会 | 支部党员大会 | 党小组会 | 党小组 | 党员代表大会 | 全体党员大会
en = party member meeting | general meeting of party member | party group meeting | party group | party member congress | general party meeting | party member representative conference | party members' association | party member conference | party member assembly | general assembly of party member | general meeting of all party member | plenary meeting of party member | meeting of all party member | meeting of party member | branch party member meeting | branch member meeting | branch general meeting | general meeting of the branch | party member general meeting | party small group | party cell | branch meeting | branch assembly | branch general assembly | branch congress | meeting of the branch

[branch-committee]
categories = member_development:0.6
zh = 支委会 | 支部委员会 | 支委 | 支部书记 | 党支部书记 | 组织委员 | 宣传委员 | 支委班子 | 党支部委员 | 支部委员 | 支委会议 | 支部委员会会议 | 青年委员 | 纪律委员
en = branch committee | party branch committee | branch secretary | party branch secretary | organization committee member | propaganda committee member | branch committee member | branch committee meeting | branch commission | party branch committee member | committee of the branch | committee of the party branch | secretary of the branch | secretary of the party branch | party secretary | branch party secretary | general branch secretary | secretary of general party branch | deputy branch secretary | organizing committee member | organisation committee member | organizational committee member | organizational commissioner | organization commissioner | propaganda commissioner | publicity committee member | publicity commissioner | members of the branch committee | branch leader | branch leadership | leading group of the branch

[branch-election]
categories = member_development:0.8
zh = 换届 | 换届选举 | 支部换届 | 选举 | 改选 | 届满 | 按期换届
en = change of term | general election | election | re-election | term change | branch election | expiration of term | change of office | reelection | re-elect | change the term | change of session | session change | term-change election | expiry of term | term expiration | hold election | election for change of term | reshuffle | reorganization of the branch | branch reelection | elect new branch committee | new branch committee | election of the branch committee | held election

[heart-to-heart-talk]
categories = member_development:0.5, discipline:0.3
zh = 谈心谈话 | 谈心 | 交心谈心 | 谈心活动 | 谈心交流 | 谈心谈话制度
en = heart-to-heart talk | heart-to-heart | heart-to-heart conversation | talk heart to heart | heart-to-heart exchange | heart talk | heart-to-heart chat | heartfelt talk | heart-felt talk | talk from the heart | sincere talk | sincere conversation | talk and conversation | intimate talk | open-hearted talk | candid talk | frank talk | one-on-one talk | one-to-one talk | individual talk | exchange of hearts

[democratic-centralism]
categories = member_development:0.6, discipline:0.5
zh = 民主集中制 | 民主集中制原则 | 党内民主 | 发展党内民主
en = democratic centralism | principle of democratic centralism | democratic centralization | democratic centralized system | democratic concentration | principle of democratic centralization | democratic centralised | democratic centralist | democracy centralism | democratic and centralized system | democratic centralization system | intra-party democracy | inner-party democracy | democracy within the party

[party-congress-delegates]
categories = member_development:0.6
zh = 党代表 | 党代会 | 党代表大会 | 党代表联络
en = party congress delegate | party representative | party congress | party delegate | congress of party representative | party congress representative | representative of the party congress | delegate to the party congress | party congress deputy | deputy to the party congress | party representative liaison | liaison of party representative | party representative studio | party representative workstation | party representative office

# ---------------------------------------------------------------------------
# Organisation building
# ---------------------------------------------------------------------------

[organization-building]
categories = member_development:1.0
zh = 组织建设 | 基层组织建设 | 党组织建设 | 支部建设 | 党支部建设 | 基层党组织建设 | 组织工作 | 建强组织 | 建强支部 | 组织建强
en = organization building | organizational construction | organizational building | construction of the organization | branch construction | branch building | grassroots organization building | party organization building | organizational work | organization construction | organization work | build the organization strong | strong organization | strengthen the organization | organization strong | strong branch | build a strong branch | organisation building | organisational building | organisational construction | organisation construction | construction of the organisation | building of organization | grass-roots organization building | grassroots organization construction | grass-roots organization construction | construction of grassroots organization | construction of grass-roots organization | primary-level organization building | primary organization building | basic organization construction | basic organization building | basic-level organization building | party organization construction | construction of party organization | building of party organization | party branch construction | party branch building | construction of party branch | building of party branch | construction of the branch | strengthen organisation | build strong party organization | build a strong organization | organisation work | organisational work | build the branch strong | make the branch strong | built the organization strong | built a strong branch | built strong party organization | built a strong organization | built the branch strong | made the branch strong

[branch-standardization]
categories = member_development:0.9
zh = 标准化规范化建设 | 支部标准化 | 党支部标准化 | 规范化建设 | 标准化建设 | 支部工作条例 | 党支部工作条例
en = standardization of branch | branch standardization | standardized construction | standardization and normalization | standardized and normalized construction | branch work regulation | work regulations of party branch | standardisation of branch | branch standardisation | standardization of the party branch | standardisation construction | standardised construction | standardization construction | standardization building | standardized building | standardisation and normalisation | standardization and standardization | standardized and standardized | normalization and standardization | standardized and institutionalized | standardized and regularized | regularization and standardization | normalized construction | normalization construction | party branch standardization | standardized party branch | standard party branch | standard branch | regulations on the work of party branch | party branch work regulation | work regulations of the branch | work rule of party branch | branch work rule | work regulation for party branch | regulation on branch work

[grassroots-party-organization]
categories = member_development:0.8
zh = 基层党组织 | 基层组织 | 基层党建 | 基层支部
en = grassroots party organization | grass-roots party organization | primary party organization | grassroots organization | grassroots party building | grass-roots organization | grassroots party organisation | grass-roots party organisation | primary-level party organization | primary-level party organisation | primary party organisation | basic party organization | basic-level party organization | basic level party organisation | grassroots organisation | grass-roots organisation | primary-level organization | primary-level organisation | grass-roots party building | primary-level party building | grassroots party construction | grass-roots party construction | party building at the grassroots | party building at grassroots level | party building at the primary level | grassroots branch | grass-roots branch | grassroots party branch | grass-roots party branch | primary-level branch | grassroots-level party organization | party organization at the grassroots

[party-building]
categories = member_development:0.5
zh = 党建 | 党建工作 | 党的建设 | 抓党建 | 党建引领 | 党建工作责任制 | 加强党的建设 | 机关党建 | 机关党建工作
en = party building | party construction | building of the party | party building work | party construction work | strengthen party building | grasp party building | focus on party building | guided by party building | led by party building | leadership of party building | strengthen party construction | responsibility system for party building | integration of party building and business | integrate party building with business | combine party building with business | combine party building and business | party building in government organs | party building of government organs | organ party building | party building of organs

[party-building-brand]
categories = member_development:0.5
zh = 党建品牌 | 支部品牌 | 品牌项目 | 党建特色 | 一支部一品牌 | 党建创新 | 书记项目 | 书记领办项目 | 党建项目
en = party building brand | branch brand | brand project | party building feature | one branch one brand | party building innovation | brand of party building | brand of the branch | party branch brand | party building characteristic | characteristic of party building | characteristic party building | featured party building | distinctive party building | party building highlight | highlight of party building | innovation in party building | innovation of party building | one branch one feature | one branch one characteristic | one branch one highlight | secretary project | secretary-led project | party building project

[joint-party-building]
categories = member_development:0.5, mass_work:0.4
zh = 党建联建 | 支部共建 | 党建共建 | 联建共建 | 结对共建
en = party building co-construction | joint party building | branch co-construction | co-construction of party building | pairing co-construction | joint construction and joint building | joint construction of party building | party building joint construction | party building alliance | co-building of party building | party building co-building | branch co-building | branch joint building | joint construction of branch | joint party construction | regional party building | regionalized party building | party building union

[service-oriented-organization]
categories = member_development:0.6, mass_work:0.4
zh = 服务型党组织 | 三型党组织 | 创新型党组织 | 基层服务型党组织 | 服务型党支部
en = service-oriented party organization | service-type party organization | three-type party organization | innovative party organization | service-oriented party branch | service-oriented party organisation | service-type party organisation | service party organization | serving party organization | service-based party organization | service-oriented grassroots party organization | service-oriented primary party organization | three-type party organisation | innovation-oriented party organization | innovative party organisation | service-oriented branch | service-type branch | service-type party branch

[two-new-organizations]
categories = member_development:0.6
zh = 两新组织 | 非公党建 | 非公企业党建 | 社会组织党建
en = two new organizations | non-public party building | non-public enterprise party building | social organization party building | two new organisation | new economic organization and new social organization | new economic and social organization | non-public economic organization | non-public enterprise | non-public economy | non-public sector | private enterprise party building | party building in non-public enterprise | party building in private enterprise | party building of non-public enterprise | party building of social organization | social organisation party building | party building in social organization | two new field | new economic organization | new social organization

[establish-branch]
categories = member_development:0.7
zh = 成立党支部 | 支部设置 | 党支部设置 | 组建党支部 | 单独组建 | 党组织覆盖 | 党的组织覆盖 | 党的工作覆盖 | 两个覆盖 | 建立党组织 | 组建党组织 | 成立党组织 | 应建尽建 | 建立健全党组织 | 建立健全党的组织 | 党组织同步成立 | 网格党支部 | 网格党小组 | 楼宇党支部
en = establish a party branch | set up a party branch | branch setting | party branch setting | form a party branch | found a party branch | founding of the party branch | establishment of the party branch | set up the branch | establish the branch | establishment of the branch | formation of party branch | build a party branch | setting up of party branch | set up party organization | establish party organization | establishment of party organization | independently set up | set up independently | separately establish | joint branch | joint party branch | jointly set up | coverage of party organization | party organization coverage | two coverage | full coverage of party organization | built a party branch | establish and improve party organization | grid party branch | grid party group

[smart-party-building]
categories = member_development:0.5, study:0.3
zh = 智慧党建 | 党建平台 | 党建信息化 | 互联网党建
en = smart party building | party building platform | informatization of party building | internet plus party building | digital party building | intelligent party building | wisdom party building | smart party construction | online party building | network party building | internet party building | party building app | party building information platform | party building information system | party building informatization | information-based party building | party building cloud | cloud party building | party building wechat | party building public account | party member wechat group | wechat group of party member | party building mini program | online party branch | online branch

[party-affairs-work]
categories = member_development:0.5
zh = 党务工作 | 党务 | 党务干部 | 党务工作者 | 党务知识 | 组织员 | 党建指导员 | 党建联络员 | 党建组织员
en = party affairs | party affairs work | party affairs worker | party work | party affairs cadre | party worker | party work cadre | knowledge of party affairs | party building instructor | party building liaison | party building organizer
unless = 党务公开 | party affairs open | open party affairs | party affairs disclosure

[organization-department]
categories = member_development:0.4
zh = 组织部 | 组织部门 | 组工干部
en = organization department | organizational department | organization department cadre | organisation department | organisational department | department of organization | county party committee organization department | organization work department | organization and personnel department | organization and personnel | organizational cadre | organization cadre | organizational work cadre

[cohesion-and-fighting-capacity]
categories = member_development:0.4
zh = 凝聚力 | 战斗力 | 号召力 | 凝聚力和战斗力 | 吸引力和凝聚力
en = cohesion | cohesiveness | fighting capacity | fighting power | combat effectiveness | fighting strength | cohesion and combat effectiveness | cohesive force | cohesive power | cohesion force | cohesion power | combat capability | combat power | combat strength | combat capacity | fighting ability | fighting force | centripetal force | rallying power | rallying force | attraction and cohesion | appeal and cohesion | organizational cohesion
unless = 学生凝聚力 | class cohesion

# ---------------------------------------------------------------------------
# Leadership team and cadres
# ---------------------------------------------------------------------------

[leadership-team]
categories = member_development:0.8
zh = 领导班子 | 领导班子建设 | 班子建设 | 班子成员 | 党政班子 | 一班人 | 班子 | 两委 | 村两委 | 两委班子 | 村两委班子 | 社区两委 | 两委成员 | 两委干部 | 村支两委 | 三委
en = leadership team | leading group | leadership building | building of the leadership team | leading body | members of the leadership team | leadership team building | construction of the leadership team | team of leader | leadership group | leading team | leadership body | leadership team member | leading team member | members of the leading group | party and government leadership team | party and government team | party and administrative leadership | leader team | construction of the leading group | building of the leading group | leading group building | leading group construction | leadership construction | building the leadership team | strengthen the leadership team | branch leadership team | two committees | village two committees | two village committees | members of the two committees | two committee members | two-committee team | two-committee cadre

[cadre-generic]
categories = member_development:0.5
zh = 干部 | 党员干部 | 领导干部 | 中层干部 | 中层领导 | 村干部 | 村组干部
en = cadre | party cadre | leading cadre | party member and cadre | middle-level cadre | middle-level leader | middle cadre | party official | leading official | middle-level official | middle manager | middle-level manager | mid-level cadre | mid-level leader | middle-level leadership | cadre and worker | cadre and staff | party member cadre | leaders and cadres | village cadre | rural cadre | village-level cadre

[cadre-team]
categories = member_development:1.0
zh = 干部队伍 | 干部队伍建设 | 干部管理 | 干部教育管理 | 干部作风
en = cadre team | team of cadre | cadre contingent | cadre management | construction of the cadre team | cadre team building | contingent of cadre | cadre rank | rank of cadre | cadre force | cadre troop | building of cadre team | cadre building | cadre construction | construction of cadre | building of cadre | management of cadre | managing cadre | cadre education and management | education and management of cadre | cadre education management | cadre supervision and management | supervision and management of cadre | cadre style | style of cadre | official team | team of official | team of civil servant | civil servant team

[reserve-cadres]
categories = member_development:1.0
zh = 后备干部 | 后备人才 | 年轻干部 | 青年干部 | 后备干部队伍 | 中层后备干部 | 村级后备干部 | 大学生村官 | 选调生 | 村级后备力量
en = reserve cadre | backup cadre | young cadre | reserve talent | reserve cadre team | cadre reserve | reserve force of cadre | reserve leader | reserve leadership | reserve official | reserve cadre pool | pool of reserve cadre | reserve talent pool | successor cadre | talent echelon | cadre echelon | young official | youth cadre | young and middle-aged cadre | outstanding young cadre | excellent young cadre | reserve personnel | backup talent | backup force | reserve manager | middle-level reserve cadre | village reserve cadre | village-level reserve cadre | reserve strength | university student village official | college student village official | college graduate village official | student village official | selected graduate | selected and transferred student | village official

[cadre-selection-training]
categories = member_development:0.9
zh = 干部培训 | 干部培养 | 干部选拔 | 选拔任用 | 培养锻炼 | 竞聘上岗 | 挂职锻炼 | 轮岗交流 | 干部交流
en = cadre training | training of cadre | cadre selection | selection and appointment | cadre cultivation | competitive recruitment | competition for post | temporary post training | job rotation | cadre exchange | recruit middle-level leader | cadre education and training | education and training of cadre | cultivation of cadre | cultivate cadre | train cadre | select cadre | selection of cadre | selection and use of cadre | select and appoint | select and employ | selection and employment | appointment and removal | appointment and dismissal | appoint and remove | competitive selection | compete for post | competitive employment | hold a temporary post | temporary post | secondment | post rotation | position rotation | cadre rotation | rotation and exchange | exchange and rotation | exchange of cadre | job exchange | post exchange | held a temporary post

[cadre-assessment]
categories = member_development:0.6, discipline:0.3
zh = 干部考核 | 考察考核 | 述职 | 述职评议 | 书记抓党建述职 | 抓党建述职评议 | 党建述职 | 书记述职 | 支部书记述职 | 党支部考核 | 支部考核 | 党建考核 | 党建工作考核 | 党建目标考核
en = cadre assessment | assessment of cadre | cadre evaluation | report on work | debrief | evaluation of the report on work | secretary's report on party building | assess cadre | cadre examination | examination of cadre | cadre appraisal | annual assessment of cadre | cadre performance evaluation | debriefing report | debriefing and evaluation | report on duty | duty report | report on the performance of duties | party building debriefing | debriefing on party building | report on party building work | secretary debriefing | debriefing of secretary | review of party building work | party building work review | party building assessment | assessment of party building | evaluation of party building work | party branch assessment | assessment of party branch

[team-building-generic]
categories = member_development:0.4
zh = 队伍建设 | 队伍 | 团队建设 | 人才队伍
en = team building | team construction | contingent building | construction of the team | talent team | contingent construction | construction of contingent | troop construction | building of the team | talent force | talent contingent | talent pool | personnel team | team of talent | construction of talent team | building of talent team
unless = 教师队伍 | 师资队伍

# ---------------------------------------------------------------------------
# Weak organisations, foundations, branch profile, model branches
# ---------------------------------------------------------------------------

[weak-and-lax-organizations]
categories = member_development:1.0
zh = 软弱涣散 | 软弱涣散党组织 | 软弱涣散村 | 整顿软弱涣散 | 后进党组织 | 后进党支部 | 后进支部 | 后进村 | 转化升级 | 整顿转化
en = weak and slack | weak and scattered | weak and disorganized | weak and disorganised | lax and weak | soft and lax | weak and loose | backward party organization | backward party organisation | backward party branch | backward branch | backward village | transformation and upgrading of backward | weak and lax party organization | weak and lax party organisation | weak and lax organization | weak and lax village | weak and lax branch | weak and lax party branch | rectify weak and lax

[strengthen-foundations]
categories = member_development:0.6
zh = 强基固本 | 固本强基 | 抓基层打基础 | 抓基层、打基础 | 夯实基层基础 | 强基工程 | 基层基础
en = strengthen the foundation and consolidate the base | consolidate the foundation and strengthen the base | strengthen the base and consolidate the foundation | grasp the grassroots and lay the foundation | grasp the grassroots and lay a solid foundation | focus on the grassroots and lay the foundation | consolidate the grassroots foundation | strengthen the grassroots foundation | grassroots foundation

[organizational-line]
categories = member_development:0.8
zh = 组织路线 | 党的组织路线 | 新时代党的组织路线 | 组织体系建设 | 党的组织体系
en = organizational line | organisational line | party's organizational line | organizational line of the party | organizational line for the new era | party's organisational line | organizational system of the party | party organization system

[branch-profile]
categories = member_development:0.7
zh = 现有党员 | 党员人数 | 党员总数 | 在册党员 | 女党员 | 少数民族党员 | 党员结构 | 党员队伍结构 | 党员年龄结构 | 下设党支部 | 下辖党支部 | 下设党小组
en = existing party member | currently has party member | number of party members | total number of party members | registered party member | female party member | women party member | ethnic minority party member | age structure of party members | structure of the party member team | under which there are party branches | has party branches under it | subordinate party branch | party groups under it

[model-branch-creation]
categories = member_development:0.8
zh = 标杆支部 | 标杆党支部 | 示范党支部 | 过硬党支部 | 过硬支部 | 四强党支部 | 样板支部 | 样板党支部 | 红旗党支部 | 模范机关 | 创建模范机关 | 党建示范点 | 支部建在
en = benchmark branch | benchmark party branch | demonstration party branch | exemplary party branch | model branch | pacesetter branch | four-strong party branch | model organ | model agency | model government organ | party building demonstration site | party building demonstration point | branch built on

# Training of branch secretaries and party-affairs staff (书记培训, 党务培训, 轮训)
[party-affairs-training]
categories = member_development:0.7, study:0.4
zh = 支部书记培训 | 党支部书记培训 | 书记培训 | 党务培训 | 党务干部培训 | 党建培训 | 党务工作者培训 | 党员轮训 | 轮训
en = branch secretary training | training of branch secretary | training for branch secretary | party branch secretary training | party affairs training | party affairs cadre training | party building training | rotation training | rotational training

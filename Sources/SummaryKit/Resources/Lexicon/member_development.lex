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
en = party member | communist party member | member of the communist party | communist | member of the party

[party-branch-generic]
categories = member_development:0.2
zh = 党支部 | 支部 | 党总支 | 总支
en = party branch | branch | general party branch | general branch

[party-organization-generic]
categories = member_development:0.4
zh = 党组织 | 上级党组织 | 各级党组织
en = party organization | higher-level party organization | party organizations at all levels | party organisation

# ---------------------------------------------------------------------------
# Recruitment: from application to full membership
# ---------------------------------------------------------------------------

[develop-party-members]
categories = member_development:1.0
zh = 发展党员 | 发展新党员 | 党员发展 | 吸收新党员 | 发展党员工作 | 发展党员计划
en = develop party member | develop new party member | recruit party member | recruit new party member | development of party member | party member development | recruitment of party member | admit new party member | develop new member | party membership development

[application-to-join]
categories = member_development:1.0
zh = 入党申请书 | 入党申请 | 递交入党申请书 | 申请入党 | 入党申请人 | 写入党申请书
en = application to join the party | party application | application for party membership | apply to join the party | membership application | applicant for party membership | application letter for joining the party | apply for party membership

[party-activists]
categories = member_development:1.0
zh = 入党积极分子 | 积极分子 | 建党积极分子
en = activist | party activist | activist for joining the party | active member for joining the party | active element | activist in the party | active team
unless = active team building

[activist-training]
categories = member_development:1.0
zh = 积极分子培训 | 入党积极分子培训 | 入党积极分子培训班 | 发展对象培训 | 发展对象培训班 | 党校 | 党校培训
en = activist training | training of activist | training for activist | development object training | party school | training class for activists

[development-targets]
categories = member_development:1.0
zh = 发展对象 | 重点发展对象 | 培养对象 | 培养联系人 | 培养人 | 入党培养人
en = development object | development target | candidate for development | training object | cultivation target | contact person for training | cultivation object | person to be developed

[cultivation-and-inspection]
categories = member_development:0.7
zh = 培养考察 | 培养教育 | 考察培养 | 培养考察期 | 考察期
en = training and investigation | cultivation and inspection | training and inspection | cultivate and inspect | inspection period | investigation period

[admission-procedure]
categories = member_development:0.9
zh = 入党程序 | 入党介绍人 | 入党志愿书 | 政治审查 | 政审 | 票决 | 发展程序 | 支部大会讨论
en = admission procedure | party introducer | introducer | application form for party membership | volunteer form for joining the party | political review | political examination | development procedure | procedure for joining the party

[motivation-to-join]
categories = member_development:0.9
zh = 入党动机 | 端正入党动机 | 入党愿望
en = motivation to join the party | motive for joining the party | correct motivation for joining the party | desire to join the party

[move-closer-to-party]
categories = member_development:0.8
zh = 向党组织靠拢 | 向党靠拢 | 靠拢 | 追求进步 | 要求进步
en = move closer to the party | close to the party organization | move closer to the party organization | move closer | pursue progress | strive for progress

[probationary-members]
categories = member_development:1.0
zh = 预备党员 | 中共预备党员 | 预备期 | 预备党员考察
en = probationary party member | probationary member | preparatory party member | preparatory member | reserve party member | prospective party member | probationary period | probation period

[full-membership]
categories = member_development:1.0
zh = 转正 | 按期转正 | 预备党员转正 | 转为正式党员 | 正式党员 | 转正手续 | 延长预备期
en = turn positive | become a full member | turn regular | full member | formal party member | become a formal party member | conversion to full membership | turn forward | full party member | formal member | regularization | become a regular member | extend the probationary period

[party-oath]
categories = member_development:0.7, study:0.3
zh = 重温入党誓词 | 入党宣誓 | 入党誓词 | 宣誓仪式 | 面向党旗宣誓
en = party oath | take the oath | oath of admission | review the oath of joining the party | renew the oath | oath of joining the party | swearing-in ceremony | swear before the party flag

[recommend-best-league-members]
categories = member_development:0.9, mass_work:0.3
zh = 推优入党 | 推优 | 团员推优 | 推荐优秀团员
en = recommend the best to join the party | recommend outstanding league member | push excellent | recommend excellent league member

[double-training]
categories = member_development:0.9
zh = 双培养 | 把骨干培养成党员 | 把党员培养成骨干 | 双培双带
en = double training | double cultivation | train backbones into party member | train party member into backbone | cultivate backbones into party member

[fresh-blood]
categories = member_development:0.9
zh = 新鲜血液 | 注入新鲜血液 | 补充新鲜血液 | 新生力量
en = fresh blood | new blood | inject fresh blood | supplement fresh blood | new force

[development-quality]
categories = member_development:0.7
zh = 发展质量 | 成熟一个发展一个 | 坚持标准 | 控制总量 | 保证质量
en = develop one when one is mature | adhere to the standard | control the total amount | quality of party member development | strictly control the quality

[intellectuals-joining]
categories = member_development:0.6
zh = 优秀知识分子 | 知识分子入党 | 高知群体 | 青年教师入党 | 一线教师入党
en = outstanding intellectual | intellectual joining the party | high-level intellectual | young teacher joining the party | front-line teacher joining the party

# ---------------------------------------------------------------------------
# Member management
# ---------------------------------------------------------------------------

[party-fees]
categories = member_development:1.0
zh = 党费 | 党费收缴 | 交纳党费 | 缴纳党费 | 收缴党费 | 党费收缴工作 | 党费使用
en = party dues | party fee | party membership fee | party axis | pay party dues | pay party fee | collection of party dues | collection and payment of party fees | membership dues | party dues collection

[organizational-relationship]
categories = member_development:1.0
zh = 组织关系 | 组织关系转接 | 党组织关系 | 组织关系转移 | 党员组织关系 | 组织关系接转
en = organizational relationship | organizational relation | transfer of organizational relationship | party organization relationship | membership transfer | organization relationship | party relationship

[membership-records]
categories = member_development:0.9
zh = 党员档案 | 党员信息 | 党籍 | 党员花名册 | 党员信息库 | 党内统计 | 党员统计
en = party member file | party member archive | party membership record | party membership | party member information | party member roster | party statistics | party member database

[democratic-appraisal-of-members]
categories = member_development:1.0
zh = 民主评议党员 | 党员评议 | 民主评议 | 党员民主评议 | 评议党员 | 评议工作 | 民主评议党员制度
en = democratic appraisal of party member | democratic evaluation of party member | democratic review of party member | democratic appraisal | democratic evaluation | party member evaluation | assessment of party member | appraisal of party member | evaluation of party member

[member-team]
categories = member_development:1.0
zh = 党员队伍 | 党员队伍建设 | 党员管理 | 党员教育管理 | 党员队伍壮大
en = party member team | team of party member | party member management | management of party member | management and education of party member | education and management of party member | team of member | member team | contingent of party member | party member contingent

[member-points]
categories = member_development:0.7
zh = 党员积分 | 积分制管理 | 积分管理 | 党员积分制
en = party member point | points management | point system management | party member points system | integral management

[floating-and-retired-members]
categories = member_development:0.6, mass_work:0.3
zh = 流动党员 | 离退休党员 | 老党员 | 困难党员 | 农村党员 | 年轻党员 | 青年党员
en = floating party member | mobile party member | retired party member | old party member | party member in difficulty | rural party member | young party member | veteran party member

[care-for-members]
categories = member_development:0.6, mass_work:0.3
zh = 党内关怀 | 关爱党员 | 慰问老党员 | 党内激励关怀帮扶 | 慰问困难党员
en = intra-party care | care for party member | visit old party member | condolences to old party member | care within the party

[unqualified-members]
categories = member_development:0.8
zh = 不合格党员 | 处置不合格党员 | 失联党员 | 组织处置
en = unqualified party member | disposal of unqualified party member | lost-contact party member | party member who lost contact

[party-member-identity]
categories = member_development:0.6
zh = 亮身份 | 党员身份 | 党员标识 | 佩戴党徽 | 党员亮身份
en = show identity | party member identity | identity as a party member | wear the party badge | party badge | party emblem | show party member identity

[political-birthday]
categories = member_development:0.7
zh = 政治生日 | 过政治生日
en = political birthday | celebrate political birthday

[star-rating]
categories = member_development:0.6
zh = 星级评定 | 党员星级 | 星级党支部 | 星级管理 | 评星定级 | 星级党员
en = star rating | star-level party member | star-rated party member | star-rated party branch | star management | star party branch

# ---------------------------------------------------------------------------
# Role and example of members
# ---------------------------------------------------------------------------

[vanguard-exemplary-role]
categories = member_development:0.7
zh = 先锋模范作用 | 党员先锋模范作用 | 模范带头作用 | 先锋作用 | 带头作用 | 示范作用 | 先锋模范 | 示范引领作用
en = vanguard and exemplary role | exemplary role | pioneering and exemplary role | vanguard role | exemplary and leading role | model role | exemplary vanguard role | exemplary leading role | leading and exemplary role | pioneer and model role | vanguard and model role

[fighting-fortress]
categories = member_development:0.7
zh = 战斗堡垒 | 战斗堡垒作用 | 政治核心作用 | 领导核心作用 | 核心作用 | 政治功能 | 组织力
en = fighting fortress | battle fortress | fighting bastion | combat fortress | battle bastion | political core role | core role | leading core role | political function | organizational strength

[set-an-example]
categories = member_development:0.4
zh = 率先垂范 | 以身作则 | 表率 | 表率作用 | 作表率 | 带头
en = set an example | lead by example | take the lead | role model | lead the way | be a model

[pioneer-posts]
categories = member_development:0.7
zh = 党员示范岗 | 党员先锋岗 | 示范岗 | 先锋岗 | 党员责任区 | 党员示范区 | 党员示范窗口 | 党员突击队
en = party member demonstration post | demonstration post | pioneer post | party member pioneer post | party member responsibility area | responsibility area | responsibility zone | demonstration position | demonstration window | party member commando

[public-commitment]
categories = member_development:0.6
zh = 公开承诺 | 承诺践诺 | 践诺 | 党员承诺 | 承诺书 | 岗位承诺 | 亮诺践诺
en = public commitment | commitment and fulfillment | fulfil the commitment | fulfill the commitment | party member commitment | letter of commitment | commitment letter | job commitment | post commitment | practice the commitment

[create-first-strive-excellence]
categories = member_development:0.7, study:0.3
zh = 创先争优 | 争先创优 | 创先争优活动 | 争当先锋 | 五好 | 五带头
en = create first and strive for excellence | strive for excellence | competition for excellence | first-class competition | creating the first to compete for excellence | build first and strive for excellence | compete for excellence | five good | five-lead

[outstanding-members]
categories = member_development:0.6
zh = 优秀共产党员 | 优秀党员 | 优秀党务工作者 | 先进基层党组织 | 先进党支部 | 五好党支部 | 表彰先进
en = outstanding communist party member | outstanding party member | excellent party member | outstanding party worker | outstanding party affairs worker | advanced grassroots party organization | advanced party branch | five-good party branch | excellent communist party member

[service-commitment-posts]
categories = member_development:0.5, mass_work:0.3
zh = 设岗定责 | 党员设岗定责 | 无职党员 | 一名党员一面旗帜
en = set posts and define duties | party member without post | one party member one flag | each party member is a flag

# ---------------------------------------------------------------------------
# Organisational life
# ---------------------------------------------------------------------------

[three-meetings-one-lesson]
categories = member_development:1.0, study:0.4
zh = 三会一课 | 三会一课制度 | 坚持三会一课
en = three sessions and one lesson | three meetings and one lesson | three sessions one lesson | three meetings and one class | three meetings one lesson | three sessions and one class | three conferences and one lesson

[organizational-life-meeting]
categories = member_development:1.0, discipline:0.3
zh = 组织生活会 | 专题组织生活会 | 组织生活 | 党内组织生活 | 双重组织生活 | 组织生活制度
en = organizational life meeting | organizational life | organization life | organisational life | organizational life conference | life of the organization | organisational life meeting | dual organizational life | organization life meeting

[themed-party-day]
categories = member_development:1.0, study:0.3
zh = 主题党日 | 主题党日活动 | 党日活动 | 党员活动日 | 固定党日 | 党员活动
en = theme party day | party day | party member activity day | party day activity | party activity day | party member activity | fixed party day

[party-member-meeting]
categories = member_development:0.8
zh = 党员大会 | 支部党员大会 | 党小组会 | 党小组 | 党员代表大会 | 全体党员大会
en = party member meeting | general meeting of party member | party group meeting | party group | party member congress | general party meeting | party member representative conference | party members' association

[branch-committee]
categories = member_development:0.6
zh = 支委会 | 支部委员会 | 支委 | 支部书记 | 党支部书记 | 组织委员 | 宣传委员 | 支委班子 | 党支部委员
en = branch committee | party branch committee | branch secretary | party branch secretary | organization committee member | propaganda committee member | branch committee member | branch committee meeting

[branch-election]
categories = member_development:0.8
zh = 换届 | 换届选举 | 支部换届 | 选举 | 改选 | 届满 | 按期换届
en = change of term | general election | election | re-election | term change | branch election | expiration of term | change of office

[heart-to-heart-talk]
categories = member_development:0.5, discipline:0.3
zh = 谈心谈话 | 谈心 | 交心谈心 | 谈心活动 | 谈心交流 | 谈心谈话制度
en = heart-to-heart talk | heart-to-heart | heart-to-heart conversation | talk heart to heart | heart-to-heart exchange

[democratic-centralism]
categories = member_development:0.6, discipline:0.5
zh = 民主集中制 | 民主集中制原则
en = democratic centralism | principle of democratic centralism

[party-congress-delegates]
categories = member_development:0.6
zh = 党代表 | 党代会 | 党代表大会 | 党代表联络
en = party congress delegate | party representative | party congress | party delegate | congress of party representative

# ---------------------------------------------------------------------------
# Organisation building
# ---------------------------------------------------------------------------

[organization-building]
categories = member_development:1.0
zh = 组织建设 | 基层组织建设 | 党组织建设 | 支部建设 | 党支部建设 | 基层党组织建设 | 组织工作 | 建强组织 | 建强支部 | 组织建强
en = organization building | organizational construction | organizational building | construction of the organization | branch construction | branch building | grassroots organization building | party organization building | organizational work | organization construction | organization work | build the organization strong | strong organization | strengthen the organization | organization strong | strong branch | build a strong branch

[branch-standardization]
categories = member_development:0.9
zh = 标准化规范化建设 | 支部标准化 | 党支部标准化 | 规范化建设 | 标准化建设 | 支部工作条例 | 党支部工作条例
en = standardization of branch | branch standardization | standardized construction | standardization and normalization | standardized and normalized construction | branch work regulation | work regulations of party branch

[grassroots-party-organization]
categories = member_development:0.8
zh = 基层党组织 | 基层组织 | 基层党建 | 基层支部
en = grassroots party organization | grass-roots party organization | primary party organization | grassroots organization | grassroots party building | grass-roots organization

[party-building]
categories = member_development:0.5
zh = 党建 | 党建工作 | 党的建设 | 抓党建 | 党建引领 | 党建工作责任制 | 加强党的建设
en = party building | party construction | building of the party | party building work | party construction work | strengthen party building

[party-building-brand]
categories = member_development:0.5
zh = 党建品牌 | 支部品牌 | 品牌项目 | 党建特色 | 一支部一品牌 | 党建创新
en = party building brand | branch brand | brand project | party building feature | one branch one brand | party building innovation

[joint-party-building]
categories = member_development:0.5, mass_work:0.4
zh = 党建联建 | 支部共建 | 党建共建 | 联建共建 | 结对共建
en = party building co-construction | joint party building | branch co-construction | co-construction of party building | pairing co-construction | joint construction and joint building

[service-oriented-organization]
categories = member_development:0.6, mass_work:0.4
zh = 服务型党组织 | 三型党组织 | 创新型党组织 | 基层服务型党组织 | 服务型党支部
en = service-oriented party organization | service-type party organization | three-type party organization | innovative party organization | service-oriented party branch

[two-new-organizations]
categories = member_development:0.6
zh = 两新组织 | 非公党建 | 非公企业党建 | 社会组织党建
en = two new organizations | non-public party building | non-public enterprise party building | social organization party building

[establish-branch]
categories = member_development:0.7
zh = 成立党支部 | 支部设置 | 党支部设置 | 组建党支部 | 单独组建
en = establish a party branch | set up a party branch | branch setting | party branch setting | form a party branch

[smart-party-building]
categories = member_development:0.5, study:0.3
zh = 智慧党建 | 党建平台 | 党建信息化 | 互联网党建
en = smart party building | party building platform | informatization of party building | internet plus party building | digital party building

[party-affairs-work]
categories = member_development:0.5
zh = 党务工作 | 党务 | 党务干部 | 党务工作者 | 党务知识
en = party affairs | party affairs work | party affairs worker | party work | party affairs cadre
unless = 党务公开 | party affairs open | open party affairs | party affairs disclosure

[organization-department]
categories = member_development:0.4
zh = 组织部 | 组织部门 | 组工干部
en = organization department | organizational department | organization department cadre

[cohesion-and-fighting-capacity]
categories = member_development:0.4
zh = 凝聚力 | 战斗力 | 号召力 | 凝聚力和战斗力 | 吸引力和凝聚力
en = cohesion | cohesiveness | fighting capacity | fighting power | combat effectiveness | fighting strength | cohesion and combat effectiveness
unless = 学生凝聚力 | class cohesion

# ---------------------------------------------------------------------------
# Leadership team and cadres
# ---------------------------------------------------------------------------

[leadership-team]
categories = member_development:0.8
zh = 领导班子 | 领导班子建设 | 班子建设 | 班子成员 | 党政班子 | 一班人 | 班子
en = leadership team | leading group | leadership building | building of the leadership team | leading body | members of the leadership team | leadership team building | construction of the leadership team | team of leader

[cadre-generic]
categories = member_development:0.5
zh = 干部 | 党员干部 | 领导干部 | 中层干部 | 中层领导
en = cadre | party cadre | leading cadre | party member and cadre | middle-level cadre | middle-level leader | middle cadre

[cadre-team]
categories = member_development:1.0
zh = 干部队伍 | 干部队伍建设 | 干部管理 | 干部教育管理 | 干部作风
en = cadre team | team of cadre | cadre contingent | cadre management | construction of the cadre team | cadre team building

[reserve-cadres]
categories = member_development:1.0
zh = 后备干部 | 后备人才 | 年轻干部 | 青年干部 | 后备干部队伍 | 中层后备干部 | 村级后备干部
en = reserve cadre | backup cadre | young cadre | reserve talent | reserve cadre team | cadre reserve | reserve force of cadre

[cadre-selection-training]
categories = member_development:0.9
zh = 干部培训 | 干部培养 | 干部选拔 | 选拔任用 | 培养锻炼 | 竞聘上岗 | 挂职锻炼 | 轮岗交流 | 干部交流
en = cadre training | training of cadre | cadre selection | selection and appointment | cadre cultivation | competitive recruitment | competition for post | temporary post training | job rotation | cadre exchange | recruit middle-level leader

[cadre-assessment]
categories = member_development:0.6, discipline:0.3
zh = 干部考核 | 考察考核 | 述职 | 述职评议 | 书记抓党建述职 | 抓党建述职评议
en = cadre assessment | assessment of cadre | cadre evaluation | report on work | debrief | evaluation of the report on work | secretary's report on party building

[team-building-generic]
categories = member_development:0.4
zh = 队伍建设 | 队伍 | 团队建设 | 人才队伍
en = team building | team construction | contingent building | construction of the team | talent team
unless = 教师队伍 | 师资队伍

# SummaryKit built-in lexicon — section `mass_work`
# Serving and organising the masses (群众工作): the mass line in practice, visits, practical
# help, poverty alleviation, care for retirees, volunteers, community co-building, and the
# mass organisations (trade union, Youth League, Young Pioneers, women's federation, 关工委).
# Format and provenance: see README.md in this folder.
# English forms are lowercase base forms; the matcher folds inflections.

# ---------------------------------------------------------------------------
# The masses and the mass line
# ---------------------------------------------------------------------------

[the-masses]
categories = mass_work:0.6
zh = 群众 | 人民群众 | 广大群众 | 党员群众 | 干部群众 | 老百姓 | 百姓
en = masses | broad masses | the general public | common people | ordinary people | the broad masses of the people

[villagers-and-residents]
categories = mass_work:0.4
zh = 村民 | 居民 | 农户 | 农民 | 群众家中 | 辖区居民
en = villager | resident | farmer | peasant | farm household | rural household
unless = 居民身份证 | resident identity card

[mass-line]
categories = mass_work:1.0
zh = 群众路线 | 党的群众路线 | 走群众路线 | 践行群众路线 | 群众观点
en = mass line | mass route | mass line of the party | party's mass line | practice the mass line | mass viewpoint

[close-ties-with-masses]
categories = mass_work:1.0
zh = 密切联系群众 | 联系群众 | 党群关系 | 干群关系 | 血肉联系 | 党群干群关系 | 联系服务群众
en = close ties with the masses | contact with the masses | keep close contact with the masses | closely contact the masses | party-mass relationship | relationship between the party and the masses | relationship between cadres and masses | cadre-mass relationship | flesh-and-blood ties

[serve-the-people]
categories = mass_work:1.0
zh = 为人民服务 | 全心全意为人民服务 | 服务群众 | 为民服务 | 执政为民 | 勤政为民 | 为群众服务 | 服务人民
en = serve the people | serve the people wholeheartedly | serve the masses | service to the people | governing for the people | work diligently for the people | wholeheartedly serve the people

[do-practical-things]
categories = mass_work:1.0
zh = 为民办实事 | 办实事 | 我为群众办实事 | 为群众办实事 | 办好事 | 办实事好事 | 民生实事 | 实事好事
en = do practical things | practical things for the people | do practical things for the masses | do good things | practical matters for the people | do practical things for the people | do concrete things | do real things

[solve-practical-problems]
categories = mass_work:0.8
zh = 解决实际问题 | 解决实际困难 | 实际困难 | 急难愁盼 | 所急所盼 | 群众关心的问题 | 热点难点问题 | 急难险重
en = solve practical problems | solve practical difficulties | practical difficulty | actual difficulty | urgent difficulties and worries | problems of concern to the masses | hot and difficult issues | solve actual difficulties

[listen-to-opinions]
categories = mass_work:0.7
zh = 听取意见 | 征求意见 | 倾听 | 社情民意 | 民意 | 收集意见 | 意见和建议 | 意见建议 | 群众呼声
en = listen to opinions | solicit opinions | collect opinions | listen to the voice | public opinion | solicit suggestions | opinions and suggestions | voice of the masses | listen to the opinions of the masses | seek opinions | collect suggestions

[public-sentiment]
categories = mass_work:0.5
zh = 民情 | 民情日记 | 民情恳谈 | 恳谈会 | 座谈会 | 民情联系 | 群众座谈会
en = public sentiment | people's feelings | sincere talk meeting | symposium | forum with the masses | informal discussion

[people-satisfaction]
categories = mass_work:0.6
zh = 群众满意 | 人民满意 | 办人民满意的教育 | 办人民满意教育 | 群众满意度 | 让群众满意 | 人民群众满意
en = satisfied by the people | people's satisfaction | satisfaction of the masses | satisfactory to the people | education that satisfies the people | mass satisfaction | satisfaction of the people

# ---------------------------------------------------------------------------
# Visits, condolences, help
# ---------------------------------------------------------------------------

[visits]
categories = mass_work:0.7
zh = 走访 | 入户走访 | 家访 | 上门 | 登门 | 串门 | 大走访 | 遍访 | 入户
en = visit | home visit | household visit | door-to-door | house-to-house | pay a visit | visit household
unless = study visit | visit and study | visit and learn | site visit | field visit

[condolences]
categories = mass_work:1.0
zh = 慰问 | 走访慰问 | 看望 | 送温暖 | 嘘寒问暖 | 慰问金 | 慰问品 | 节日慰问 | 探望
en = condolence | express sympathy | send warmth | sympathy visit | consolation | condolence money | visit and express sympathy | festival condolence | care and condolence

[assistance]
categories = mass_work:0.6
zh = 帮扶 | 帮扶工作 | 帮扶措施 | 扶持 | 帮扶资金
en = assistance | support and help | help and support | assistance fund | assistance measure

[paired-assistance]
categories = mass_work:1.0
zh = 结对帮扶 | 结对 | 结对帮困 | 一对一 | 一帮一 | 结对子 | 双结对 | 结对认亲 | 对口帮扶 | 对口支援
en = pairing assistance | one-on-one | one-to-one | pairing | pair up | one helps one | counterpart assistance | counterpart support | twinning | paired support

[help-the-needy]
categories = mass_work:1.0
zh = 帮困 | 扶贫帮困 | 济困 | 扶贫济困 | 帮贫 | 解困 | 送温暖活动 | 助困
en = help the poor | help the needy | help those in difficulty | relieve hardship | assist the needy | poverty relief
unless = 帮困户 | 结对帮困

[people-in-difficulty]
categories = mass_work:1.0
zh = 困难群众 | 困难职工 | 困难学生 | 困难户 | 弱势群体 | 特困 | 困难家庭 | 帮困户 | 特困户 | 困难教师 | 困难群体
en = people in difficulty | family in difficulty | disadvantaged group | vulnerable group | student with difficulty | needy student | poor student | difficult household | poor family | worker in difficulty | household in difficulty | needy family | impoverished family | student in difficulty

[poverty-alleviation]
categories = mass_work:1.0
zh = 扶贫 | 精准扶贫 | 脱贫攻坚 | 扶贫攻坚 | 脱贫 | 扶贫开发 | 脱贫致富 | 产业扶贫 | 教育扶贫 | 扶贫工作
en = poverty alleviation | targeted poverty alleviation | precision poverty alleviation | accurate poverty alleviation | precise poverty alleviation | poverty reduction | fight against poverty | get rid of poverty | out of poverty | shake off poverty | lift out of poverty | poverty eradication

[poor-households]
categories = mass_work:1.0
zh = 贫困户 | 建档立卡 | 建档立卡贫困户 | 贫困人口 | 贫困村 | 低收入户 | 贫困家庭
en = poor household | poverty-stricken household | registered poor household | archived poor household | poor population | poor village | low-income household | poverty-stricken family | poor people

[rural-revitalization]
categories = mass_work:0.8
zh = 乡村振兴 | 美丽乡村 | 新农村建设 | 社会主义新农村 | 乡村振兴战略 | 巩固脱贫成果
en = rural revitalization | rural vitalization | rural revitalisation | beautiful countryside | new countryside construction | new rural construction | new socialist countryside | rural revitalization strategy | consolidate poverty alleviation achievement

[village-stationed-work]
categories = mass_work:0.8, member_development:0.3
zh = 驻村 | 驻村工作队 | 第一书记 | 驻村第一书记 | 包村 | 驻村干部 | 包村干部
en = stationed in the village | village-based work team | village work team | first secretary | resident first secretary | village-stationed cadre | cadre stationed in the village

[common-prosperity]
categories = mass_work:0.6
zh = 共同富裕 | 致富 | 带领致富 | 带头致富 | 勤劳致富 | 增收致富 | 农民增收
en = common prosperity | get rich | lead the way to prosperity | lead people to get rich | become rich | increase income | increase farmers' income

[employment-and-skills]
categories = mass_work:0.6
zh = 技能培训 | 就业 | 再就业 | 劳动力转移 | 就业创业 | 职业技能培训 | 失地农民
en = skills training | employment | reemployment | re-employment | labor transfer | employment and entrepreneurship | vocational skills training | landless farmer

[social-security]
categories = mass_work:0.7
zh = 低保 | 最低生活保障 | 医保 | 社保 | 养老保险 | 医疗保险 | 新农合 | 大病救助 | 临时救助
en = minimum living allowance | subsistence allowance | minimum living guarantee | medical insurance | social security | pension insurance | endowment insurance | new rural cooperative medical care | temporary assistance | serious illness assistance

[livelihood]
categories = mass_work:0.9
zh = 民生 | 民生工程 | 民心工程 | 惠民 | 惠民工程 | 惠民政策 | 惠农政策 | 民生福祉
en = people's livelihood | livelihood | livelihood project | benefit the people | popular support project | project for the people | policy benefiting the people | wellbeing of the people | well-being of the people

# ---------------------------------------------------------------------------
# Donations, volunteers, public welfare
# ---------------------------------------------------------------------------

[donations]
categories = mass_work:1.0
zh = 捐款 | 捐赠 | 捐助 | 爱心捐款 | 献爱心 | 慈善 | 一日捐 | 爱心基金 | 慈善一日捐 | 募捐 | 捐资助学 | 爱心捐助
en = donation | donate | charity | love donation | charity donation | donate money | show love | fundraising | donate to help student | one-day donation | help fund | fund to help | love fund | charitable donation

[blood-donation]
categories = mass_work:0.8
zh = 无偿献血 | 献血 | 红十字 | 红十字会
en = blood donation | voluntary blood donation | donate blood | red cross | unpaid blood donation

[volunteer-service]
categories = mass_work:1.0
zh = 志愿服务 | 志愿者 | 志愿者服务 | 义务劳动 | 党员志愿者 | 学雷锋 | 志愿活动 | 志愿服务队 | 青年志愿者 | 学雷锋活动
en = volunteer service | volunteer | voluntary service | voluntary labor | voluntary labour | learn from lei feng | volunteer activity | volunteer team | young volunteer | party member volunteer | volunteer work

[public-welfare]
categories = mass_work:0.7
zh = 公益 | 公益活动 | 公益项目 | 公益事业 | 社会公益 | 社会责任
en = public welfare | public welfare activity | public welfare project | charity project | social responsibility | public good | public interest activity

[health-services]
categories = mass_work:0.9
zh = 义诊 | 健康讲座 | 送医送药 | 健康体检 | 免费体检 | 送医下乡 | 家庭医生签约
en = free clinic | free medical consultation | health lecture | free medical service | free physical examination | medical service to the countryside | family doctor contract

[culture-for-the-masses]
categories = mass_work:0.5
zh = 文体活动 | 文艺演出 | 送文化 | 文化下乡 | 三下乡 | 文化惠民 | 群众文化 | 广场舞
en = cultural and sports activity | recreational and sports activity | cultural performance | literary and artistic performance | culture to the countryside | three to the countryside | mass culture | cultural activity for the masses | square dance

[education-outreach]
categories = mass_work:0.7
zh = 送教 | 送教下乡 | 支教 | 送教上门 | 助学 | 资助 | 奖助学金 | 助学金
en = send teaching to the countryside | teaching support | volunteer teaching | support education | financial aid | student aid | student grant | grant-in-aid | scholarship and grant | send teaching to the home

[students-with-learning-difficulties]
categories = mass_work:0.8
zh = 学困生 | 学习困难学生 | 贫困生 | 贫困学生 | 后进生 | 学习困难的学生
en = student with learning difficulty | underachiever | poor student in learning | impoverished student | student from poor family | student with difficulty in learning

[left-behind-children]
categories = mass_work:1.0
zh = 留守儿童 | 关爱留守儿童 | 困境儿童 | 外来务工子女 | 随迁子女 | 孤残儿童
en = left-behind child | child in difficulty | migrant worker's child | child of migrant worker | orphaned and disabled child

[people-with-disabilities]
categories = mass_work:0.9
zh = 残疾人 | 助残 | 扶残助残 | 残疾学生 | 残联
en = disabled people | people with disabilities | disabled person | help the disabled | disabled persons' federation | disabled student

[migrant-workers]
categories = mass_work:0.7
zh = 农民工 | 外来务工人员 | 讨薪 | 欠薪 | 根治欠薪
en = migrant worker | rural migrant worker | wage arrears | unpaid wages | back pay

[veterans-and-military-families]
categories = mass_work:0.8
zh = 退役军人 | 拥军优属 | 军烈属 | 双拥 | 优抚对象 | 拥军优属活动
en = veteran soldier | retired soldier | ex-serviceman | support the army and give preferential treatment to military families | military and martyr families | double support | entitled group

[women-and-children]
categories = mass_work:0.7
zh = 妇女儿童 | 两癌筛查 | 妇女儿童权益 | 儿童之家 | 母亲节
en = women and children | two-cancer screening | rights of women and children | children's home | mother's day

# ---------------------------------------------------------------------------
# Retirees and the elderly
# ---------------------------------------------------------------------------

[retirees]
categories = mass_work:1.0
zh = 退休 | 离退休 | 退休教师 | 退休职工 | 离退休干部 | 老干部 | 退管 | 退管会 | 退休人员 | 离休
en = retired | retiree | retired teacher | retired staff | retired worker | retired cadre | veteran cadre | retirement management | retired faculty | retired personnel | retired and in-service

[the-elderly]
categories = mass_work:0.8
zh = 老年人 | 孤寡老人 | 空巢老人 | 敬老 | 尊老 | 尊老敬老 | 敬老院 | 老人 | 关爱老人 | 重阳节
en = the elderly | lonely elderly | empty-nest elderly | respect the elderly | respect for the elderly | nursing home | old people | care for the elderly | double ninth festival

[old-comrades]
categories = mass_work:0.4, member_development:0.2
zh = 老同志 | 老教师 | 老职工 | 老领导
en = old comrade | veteran comrade | old teacher | veteran teacher | old leader

# ---------------------------------------------------------------------------
# Care for staff, democratic management
# ---------------------------------------------------------------------------

[care-for-staff]
categories = mass_work:0.8
zh = 关心职工 | 关爱职工 | 职工福利 | 人文关怀 | 关心教职工 | 关爱教职工 | 职工之家 | 教工之家 | 教职工福利 | 关心教师生活
en = care for staff | care for employee | staff welfare | humanistic care | humanistic concern | staff home | workers' home | teachers' home | care for faculty and staff | care for teachers' life | care about their life

[staff-congress]
categories = mass_work:0.7, discipline:0.3
zh = 教代会 | 职代会 | 教职工代表大会 | 职工代表大会 | 教职工大会 | 双代会
en = teachers' congress | workers' congress | staff congress | congress of teachers and staff | staff representative conference | faculty congress | congress of faculty and staff | teachers' association | staff representative congress

[democratic-management]
categories = mass_work:0.5, discipline:0.3
zh = 民主管理 | 民主参与 | 参政议政 | 建言献策 | 献计献策 | 合理化建议
en = democratic management | democratic participation | participation in politics | offer advice and suggestions | make suggestions | rationalization suggestion | offer suggestions

[home-school-cooperation]
categories = mass_work:0.4
zh = 家长委员会 | 家委会 | 家长会 | 家校合作 | 家校共育 | 家长学校 | 家校联系
en = parent committee | parents' meeting | parent conference | home-school cooperation | parent school | family-school cooperation | home-school contact

[staff-activities]
categories = mass_work:0.6
zh = 教职工活动 | 职工活动 | 工会活动 | 趣味运动会 | 文体比赛 | 职工运动会 | 教职工运动会
en = staff activity | trade union activity | union activity | fun games | fun sports meeting | staff sports meeting | recreational competition

[people-oriented]
categories = mass_work:0.6
zh = 以人为本 | 以人民为中心 | 群众利益 | 群众切身利益 | 切身利益 | 人民利益
en = people-oriented | people-centered | people-centred | interests of the masses | vital interests of the masses | vital interest | interests of the people

[youth-work]
categories = mass_work:0.6
zh = 青年工作 | 青年文明号 | 五四 | 青年节 | 五四青年节 | 青年突击队
en = youth work | youth day | youth civilization post | may fourth | may 4th youth day | youth commando

# ---------------------------------------------------------------------------
# Mass organisations
# ---------------------------------------------------------------------------

[mass-organizations]
categories = mass_work:1.0
zh = 群团 | 群团组织 | 群众组织 | 群团工作 | 工青妇 | 群团组织作用 | 党建带群建
en = mass organization | mass group | people's organization | mass group work | party building leads mass organization building | mass organisation

[trade-union]
categories = mass_work:1.0
zh = 工会 | 工会工作 | 工会主席 | 工会委员 | 工会组织 | 工会会员 | 校工会 | 工会小组
en = trade union | labor union | labour union | union | union chairman | chairman of the trade union | trade union work | union member | school union | trade union committee
unless = european union | soviet union

[communist-youth-league]
categories = mass_work:1.0
zh = 共青团 | 团支部 | 团委 | 团员 | 青年团员 | 共青团员 | 团组织 | 团干部 | 团员教师 | 校团委 | 团总支
en = communist youth league | youth league | youth league committee | league member | league branch | youth league branch | league committee | member of the league | youth league member | communist youth league committee | league organization

[young-pioneers]
categories = mass_work:1.0
zh = 少先队 | 少先队员 | 大队部 | 少先队大队 | 入队仪式 | 少年宫 | 少先队辅导员 | 红领巾
en = young pioneer | pioneer team | children's palace | young pioneer counselor | red scarf | induction ceremony | pioneer brigade | young pioneers' team

[womens-federation]
categories = mass_work:1.0
zh = 妇联 | 妇委会 | 妇女工作 | 三八节 | 妇女节 | 女工委 | 女职工 | 妇女之家 | 三八红旗手
en = women's federation | women's committee | women's work | women's day | march 8th | female worker | female staff | women's home | march 8th red flag bearer

[next-generation-committee]
categories = mass_work:1.0
zh = 关工委 | 关心下一代 | 关心下一代工作委员会 | 关工 | 关心下一代工作 | 五老
en = committee for caring for the next generation | care for the next generation | next generation committee | working committee for the care of the next generation | care of the next generation | five elders | concern for the next generation

[united-front]
categories = mass_work:0.6
zh = 统战 | 统一战线 | 统战工作 | 党外人士 | 民主党派 | 党外教师 | 党外知识分子 | 无党派人士
en = united front | united front work | non-party personage | non-party people | democratic party | non-party teacher | non-party intellectual | people outside the party

[ethnic-unity]
categories = mass_work:0.5
zh = 民族团结 | 民族团结进步 | 民族团结教育
en = ethnic unity | national unity | ethnic solidarity | national unity and progress | ethnic unity education

# ---------------------------------------------------------------------------
# Community, stability, environment
# ---------------------------------------------------------------------------

[community]
categories = mass_work:0.6
zh = 社区 | 社区居民 | 社区活动 | 进社区 | 社区服务 | 居委会 | 村委会 | 村委
en = community | community resident | community activity | into the community | community service | neighborhood committee | residents' committee | village committee | neighbourhood committee
unless = learning community

[community-co-building]
categories = mass_work:1.0
zh = 社区共建 | 共驻共建 | 共建共享 | 双报到 | 在职党员进社区 | 校社共建 | 共建单位 | 文明共建
en = community co-building | co-construction | joint building | co-construction and sharing | dual report | double reporting | in-service party member in the community | co-building unit | civilized co-construction | school-community co-building | community co-construction

[grid-and-contact-households]
categories = mass_work:0.8
zh = 联系户 | 党员联系户 | 包户 | 网格化 | 网格员 | 网格化管理 | 联户
en = contact household | party member contact household | grid management | grid member | grid-based management

[service-centers]
categories = mass_work:0.8, member_development:0.3
zh = 党群服务中心 | 党员服务站 | 便民服务中心 | 党群活动室 | 为民服务站 | 党员活动室
en = party and mass service center | party-mass service center | party member service station | convenience service center | party-mass activity room | party member activity room

[convenience-services]
categories = mass_work:0.6
zh = 便民服务 | 便民 | 一站式服务 | 服务窗口 | 服务意识 | 优质服务 | 服务质量
en = convenience service | convenient service for the people | one-stop service | service window | service awareness | quality service | service quality | post service awareness

[petitions-and-mediation]
categories = mass_work:0.8
zh = 信访 | 信访工作 | 矛盾纠纷 | 调解 | 矛盾调解 | 化解矛盾 | 纠纷调解 | 矛盾纠纷排查 | 人民调解
en = letters and visits | petition | conflict mediation | mediation | resolve conflict | dispute resolution | contradiction and dispute | resolve contradiction | people's mediation | dispute mediation

[social-stability]
categories = mass_work:0.4
zh = 维稳 | 社会稳定 | 平安建设 | 综治 | 社会治安 | 综合治理 | 和谐稳定 | 扫黑除恶
en = maintain stability | social stability | peace building | comprehensive management | public security | comprehensive governance | harmony and stability | sweep away black and eliminate evil | crack down on gangs and evil

[environment-improvement]
categories = mass_work:0.6
zh = 环境整治 | 人居环境 | 村容村貌 | 人居环境整治 | 环境卫生整治 | 垃圾分类 | 厕所革命
en = environmental improvement | living environment | village appearance | environmental remediation | human settlement environment | environmental sanitation | garbage classification | toilet revolution | environmental renovation

[village-infrastructure]
categories = mass_work:0.5
zh = 修路 | 道路硬化 | 饮水工程 | 自来水 | 安全饮水 | 危房改造 | 路灯
en = road repair | road hardening | drinking water project | tap water | safe drinking water | dilapidated house renovation | renovation of dilapidated house | street lamp | repair the road

[epidemic-prevention]
categories = mass_work:0.6
zh = 疫情防控 | 抗疫 | 防疫 | 核酸检测 | 新冠疫情 | 疫苗接种 | 防控卡点 | 卡点值守 | 居家隔离 | 隔离户
en = epidemic prevention and control | fight the epidemic | epidemic prevention | nucleic acid testing | covid-19 | novel coronavirus | vaccination | epidemic checkpoint | checkpoint | on duty at the checkpoint | isolated family | home isolation | quarantined household

[spiritual-civilization]
categories = mass_work:0.4, study:0.3
zh = 精神文明建设 | 精神文明 | 文明创建 | 文明单位 | 双创 | 文明城市 | 创建文明城市 | 文明校园 | 文明单位创建
en = spiritual civilization construction | spiritual civilization | civilization creation | civilized unit | civilized city | civilized campus | establishment of civilized unit | construction of spiritual civilization | creation of civilized unit

[moderately-prosperous-society]
categories = mass_work:0.5, study:0.2
zh = 全面小康 | 小康社会 | 全面建成小康社会 | 奔小康
en = moderately prosperous society | well-off society | comprehensive well-off society | build a moderately prosperous society in all respects

[tree-planting]
categories = mass_work:0.4
zh = 义务植树 | 植树 | 植树节 | 绿化
en = tree planting | voluntary tree planting | plant tree | arbor day | greening

[technical-services]
categories = mass_work:0.7
zh = 科技服务 | 技术服务 | 技术指导 | 农技服务 | 送科技下乡 | 科技下乡 | 技术培训
en = technical service | technical guidance | agricultural technology service | science and technology to the countryside | technical training | teach technique | fruit grower | grower | planting technique

[door-to-door-service]
categories = mass_work:0.7
zh = 送货上门 | 上门服务 | 送药上门 | 送菜上门 | 送上门 | 代购代办
en = deliver to the home | to the homes of | deliver vegetable | deliver medicine | on-site service | home visit service

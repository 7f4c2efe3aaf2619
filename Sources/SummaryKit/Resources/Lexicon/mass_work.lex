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
en = masses | broad masses | the general public | common people | ordinary people | the broad masses of the people | people and masses | people masses | mass of people | general people | common folk | ordinary folk | ordinary masses | cadres and masses | party members and masses | officials and the public | officials and people | cadres and people | grassroots masses | grass-roots masses | populace | laobaixing

[villagers-and-residents]
categories = mass_work:0.4
zh = 村民 | 居民 | 农户 | 农民 | 群众家中 | 辖区居民
en = villager | resident | farmer | peasant | farm household | rural household | peasant household | rural resident | urban resident | local resident | neighbourhood resident | neighborhood resident | resident in the jurisdiction | resident within the jurisdiction | inhabitant | village people | rural people | rural family | peasant family | farmer family | villager group | village group
unless = 居民身份证 | resident identity card

[mass-line]
categories = mass_work:1.0
zh = 群众路线 | 党的群众路线 | 走群众路线 | 践行群众路线 | 群众观点 | 群众工作
en = mass line | mass route | mass line of the party | party's mass line | practice the mass line | mass viewpoint | line of the masses | mass path | mass perspective | view of the masses | viewpoint of the masses | mass standpoint | standpoint of the masses | from the masses to the masses | mass work | work of the masses | work among the masses

[close-ties-with-masses]
categories = mass_work:1.0
zh = 密切联系群众 | 联系群众 | 党群关系 | 干群关系 | 血肉联系 | 党群干群关系 | 联系服务群众 | 党群连心 | 贴近群众 | 深入群众 | 走进群众 | 扎根群众 | 走近群众
en = close ties with the masses | contact with the masses | keep close contact with the masses | closely contact the masses | party-mass relationship | relationship between the party and the masses | relationship between cadres and masses | cadre-mass relationship | flesh-and-blood ties | close ties with the people | close contact with the masses | keep in close touch with the masses | in close touch with the masses | maintain close ties with the masses | contact the masses | connect with the masses | link with the masses | ties with the masses | ties between the party and the masses | relation between the party and the masses | party and masses relationship | party-people relationship | relationship between the party and the people | cadre and mass relation | relation between cadres and the masses | officials-people relation | relationship between officials and the people | flesh-and-blood connection | flesh and blood relationship | flesh-and-blood bond | keep in touch with the masses | stay connected with the masses | contact and serve the masses | liaise with the masses | reach out to the masses | contact with the people | contact the people | connect with the people | close to the masses | closer to the masses | get close to the masses | go deep into the masses | go among the masses | go to the masses | into the masses | among the masses | rooted in the masses | kept close contact with the masses | kept in close touch with the masses | kept in touch with the masses | got close to the masses | went deep into the masses | went among the masses | went to the masses | go deep among the masses | into the hearts of the masses | party and masses heart to heart

[serve-the-people]
categories = mass_work:1.0
zh = 为人民服务 | 全心全意为人民服务 | 服务群众 | 为民服务 | 执政为民 | 勤政为民 | 为群众服务 | 服务人民 | 司法为民 | 为民司法 | 金融为民
en = serve the people | serve the people wholeheartedly | serve the masses | service to the people | governing for the people | work diligently for the people | wholeheartedly serve the people | service for the people | service to the masses | service for the masses | serve the public | serve the residents | serve the villagers | serve the broad masses | exercise power for the people | work for the people | heart and soul for the people | wholeheartedly serve the masses | serve the masses wholeheartedly | serve the people heart and soul | people-serving | justice for the people | judicature for the people | justice serving the people | finance for the people

[do-practical-things]
categories = mass_work:1.0
zh = 为民办实事 | 办实事 | 我为群众办实事 | 为群众办实事 | 办好事 | 办实事好事 | 民生实事 | 实事好事
en = do practical things | practical things for the people | do practical things for the masses | do good things | practical matters for the people | do practical things for the people | do concrete things | do real things | do solid things | solid things | do good deeds | do practical work for the people | do real things for the people | do concrete things for the people | do good things for the people | do things for the people | do something for the people | do something practical for the people | good and practical things | practical and good things | do good and practical things | practical things | livelihood practical things | practical things for people's livelihood | practical matters of people's livelihood

[solve-practical-problems]
categories = mass_work:0.8
zh = 解决实际问题 | 解决实际困难 | 实际困难 | 急难愁盼 | 所急所盼 | 群众关心的问题 | 热点难点问题 | 急难险重 | 实际问题 | 急难愁盼问题 | 操心事 | 烦心事 | 揪心事 | 关键小事 | 身边事
en = solve practical problems | solve practical difficulties | practical difficulty | actual difficulty | urgent difficulties and worries | problems of concern to the masses | hot and difficult issues | solve actual difficulties | solve actual problems | solve real problems | solve concrete problems | resolve practical problems | resolve actual difficulties | help solve problems | help solve difficulties | solve difficulties | solve the difficulties of the masses | solve problems for the masses | solve problems for the people | urgent difficulties and anxieties | urgent and difficult problems | urgent and anxious | pressing difficulties | worries and expectations | urgent difficult and anxious | concerns of the masses | issues of concern to the masses | problems that the masses care about | problems the masses care about | concerns of the people | urgent difficult dangerous and heavy | real difficulty | practical problem | worrying matters | troubling matters | small matters at the doorstep | matters around them

[listen-to-opinions]
categories = mass_work:0.7
zh = 听取意见 | 征求意见 | 倾听 | 社情民意 | 民意 | 收集意见 | 意见和建议 | 意见建议 | 群众呼声
en = listen to opinions | solicit opinions | collect opinions | listen to the voice | public opinion | solicit suggestions | opinions and suggestions | voice of the masses | listen to the opinions of the masses | seek opinions | collect suggestions | listen to views | listen to suggestions | listen to the public | listen to the masses | listen to the people | listen to feedback | solicit views | solicit comments | solicit advice | ask for opinions | seek views | seek advice | seek comments | collect views | gather opinions | gather views | collect feedback | suggestions and opinions | comments and suggestions | views and suggestions | opinions and proposals | people's opinion | public will | will of the people | popular will | social conditions and public opinion | social conditions and public will | social sentiment and public opinion | voice of the people | people's voice | appeals of the masses | demands of the masses | aspirations of the masses | mass appeal | mass demand | sought opinions | sought views | sought advice | sought comments

[public-sentiment]
categories = mass_work:0.5
zh = 民情 | 民情日记 | 民情恳谈 | 恳谈会 | 座谈会 | 民情联系 | 群众座谈会
en = public sentiment | people's feelings | sincere talk meeting | symposium | forum with the masses | informal discussion | people's sentiment | public feeling | feelings of the people | conditions of the people | people's conditions | situation of the people | sentiment of the people | public sentiment diary | diary of public sentiment | talk meeting | sincere discussion | discussion meeting | informal meeting | meeting with the masses | mass forum | mass symposium | symposium of the masses | forum of the masses | courtyard meeting | yard meeting | bench meeting

[people-satisfaction]
categories = mass_work:0.6
zh = 群众满意 | 人民满意 | 办人民满意的教育 | 办人民满意教育 | 群众满意度 | 让群众满意 | 人民群众满意 | 获得感 | 幸福感 | 安全感 | 获得感幸福感安全感
en = satisfied by the people | people's satisfaction | satisfaction of the masses | satisfactory to the people | education that satisfies the people | mass satisfaction | satisfaction of the people | people satisfied | satisfied masses | masses are satisfied | masses satisfied | satisfied by the masses | satisfy the people | people are satisfied | satisfaction rate of the masses | public satisfaction | satisfaction of the public | degree of satisfaction of the masses | make the masses satisfied | make the people satisfied | to the satisfaction of the people | to the satisfaction of the masses | education satisfactory to the people | education that people are satisfied with | education satisfying the people | sense of gain | sense of happiness | sense of fulfillment | sense of fulfilment | made the masses satisfied | made the people satisfied | sense of security | sense of gain, happiness and security | sense of acquisition | sense of well-being | sense of wellbeing

# ---------------------------------------------------------------------------
# Visits, condolences, help
# ---------------------------------------------------------------------------

[visits]
categories = mass_work:0.7
zh = 走访 | 入户走访 | 家访 | 上门 | 登门 | 串门 | 大走访 | 遍访 | 入户
en = visit | home visit | household visit | door-to-door | house-to-house | pay a visit | visit household | enter household | into household | go into household | go to household | go deep into household | into the home | go to the home | walk into household | household-to-household | household survey | large-scale visit | great visit | big visit | comprehensive visit | extensive visit | paid a visit | went into household | went to household | went deep into household | went to the home
unless = study visit | visit and study | visit and learn | site visit | field visit

[condolences]
categories = mass_work:1.0
zh = 慰问 | 走访慰问 | 看望 | 送温暖 | 嘘寒问暖 | 慰问金 | 慰问品 | 节日慰问 | 探望
en = condolence | express sympathy | send warmth | sympathy visit | consolation | condolence money | visit and express sympathy | festival condolence | care and condolence | condole | console | sympathy | sympathize | sympathise | solatium | condolence visit | extend sympathy | sympathy money | consolation money | consolation goods | sympathy goods | condolence goods | condolence gift | deliver warmth | give warmth | bring warmth | send care | deliver care | send love | ask after | holiday greetings | festival greetings | send greetings | extend greetings | convey greetings | visit the sick | look in on | ask about warmth and cold | inquire about warmth | sent warmth | gave warmth | brought warmth | sent care | sent love | sent greetings

[assistance]
categories = mass_work:0.6
zh = 帮扶 | 帮扶工作 | 帮扶措施 | 扶持 | 帮扶资金
en = assistance | support and help | help and support | assistance fund | assistance measure | help and assist | assistance work | helping work | support and assistance | assistance and support | assist and support | help and care | care and help | helping hand | lend a hand | lend a helping hand | provide help | provide assistance | give help | give assistance | offer help | extend help | aid work | assistance policy | measures to help | helping measures | targeted assistance | precise assistance | accurate assistance | assistance object | object of assistance | helping object | assisted object | recipient of assistance | assistance target | lent a hand | lent a helping hand | gave help | gave assistance

[paired-assistance]
categories = mass_work:1.0
zh = 结对帮扶 | 结对 | 结对帮困 | 一对一 | 一帮一 | 结对子 | 双结对 | 结对认亲 | 对口帮扶 | 对口支援 | 挂包 | 挂包帮 | 结穷亲
en = pairing assistance | one-on-one | one-to-one | pairing | pair up | one helps one | counterpart assistance | counterpart support | twinning | paired support | one for one | counterpart aid | counterpart help | double pairing | recognize relatives | make relatives | become relatives | match up | matching assistance | made relatives | became relatives

[help-the-needy]
categories = mass_work:1.0
zh = 帮困 | 扶贫帮困 | 济困 | 扶贫济困 | 帮贫 | 解困 | 送温暖活动 | 助困
en = help the poor | help the needy | help those in difficulty | relieve hardship | assist the needy | poverty relief | help poor people | help the disadvantaged | help the vulnerable | help people in need | help those in need | assist the poor | aid the poor | relieve the poor | relieve poverty | relief for the poor | support the poor | hardship relief | relieve difficulty | alleviate difficulty | alleviate hardship | relief of hardship | difficulty relief | help in difficulty | help with difficulty | assistance for the poor | aid for the needy | help the difficult
unless = 帮困户 | 结对帮困

[people-in-difficulty]
categories = mass_work:1.0
zh = 困难群众 | 困难职工 | 困难学生 | 困难户 | 弱势群体 | 特困 | 困难家庭 | 帮困户 | 特困户 | 困难教师 | 困难群体
en = people in difficulty | family in difficulty | disadvantaged group | vulnerable group | student with difficulty | needy student | poor student | difficult household | poor family | worker in difficulty | household in difficulty | needy family | impoverished family | student in difficulty | people with difficulty | people in need | family in need | household in need | needy household | needy people | needy masses | poor masses | masses in difficulty | difficult masses | difficult people | difficult family | difficult employee | difficult worker | difficult staff | employee in difficulty | staff in difficulty | staff with difficulty | employee with difficulty | teacher in difficulty | difficult teacher | needy teacher | student with financial difficulty | financially disadvantaged student | disadvantaged people | vulnerable people | extremely poor | extremely poor household | especially poor | special hardship | household with special difficulty | extreme poverty | destitute | family with difficulty | group in difficulty | difficult group | disadvantaged family | needy

[poverty-alleviation]
categories = mass_work:1.0
zh = 扶贫 | 精准扶贫 | 脱贫攻坚 | 扶贫攻坚 | 脱贫 | 扶贫开发 | 脱贫致富 | 产业扶贫 | 教育扶贫 | 扶贫工作 | 防返贫 | 防止返贫 | 返贫监测
en = poverty alleviation | targeted poverty alleviation | precision poverty alleviation | accurate poverty alleviation | precise poverty alleviation | poverty reduction | fight against poverty | get rid of poverty | out of poverty | shake off poverty | lift out of poverty | poverty eradication | poverty | fought against poverty | got rid of poverty | shook off poverty | prevent returning to poverty | prevent relapse into poverty | monitoring of returning to poverty

[poor-households]
categories = mass_work:1.0
zh = 贫困户 | 建档立卡 | 建档立卡贫困户 | 贫困人口 | 贫困村 | 低收入户 | 贫困家庭
en = poor household | poverty-stricken household | registered poor household | archived poor household | poor population | poor village | low-income household | poverty-stricken family | poor people | impoverished household | poverty household | registered poor | filed poor household | documented poor household | card-holding poor household | file and register | establish files and cards | impoverished population | impoverished people | impoverished village | poverty-stricken village | poverty-stricken area | poor area | impoverished area | poverty-stricken county | poor county | impoverished county | low-income family | low-income population | low-income people | low income group | household out of poverty | household lifted out of poverty | marginal household | household on the edge of poverty | monitored household | return to poverty | relapse into poverty | fall back into poverty

[rural-revitalization]
categories = mass_work:0.8
zh = 乡村振兴 | 美丽乡村 | 新农村建设 | 社会主义新农村 | 乡村振兴战略 | 巩固脱贫成果
en = rural revitalization | rural vitalization | rural revitalisation | beautiful countryside | new countryside construction | new rural construction | new socialist countryside | rural revitalization strategy | consolidate poverty alleviation achievement | revitalization of the countryside | revitalize the countryside | revitalise the countryside | countryside revitalization | village revitalization | rural rejuvenation | rejuvenation of the countryside | rural vitalisation | revitalization of rural area | rural area revitalization | beautiful village | beautiful rural | beautiful new countryside | new rural area | new countryside | building a new countryside | construct new countryside | rural construction | countryside construction | achievements in poverty alleviation | results of poverty alleviation | three rural issues | agriculture rural areas and farmers | agriculture countryside and farmers

[village-stationed-work]
categories = mass_work:0.8, member_development:0.3
zh = 驻村 | 驻村工作队 | 第一书记 | 驻村第一书记 | 包村 | 驻村干部 | 包村干部
en = stationed in the village | village-based work team | village work team | first secretary | resident first secretary | village-stationed cadre | cadre stationed in the village | village-resident | resident in the village | village residency | work team in the village | working team stationed in the village | task force in the village | village task force | poverty alleviation work team | poverty alleviation task force | first party secretary | village first secretary | cadre in the village | package village | contract village | in charge of village | responsible for the village | cadre in charge of village | village-contacting cadre | village contracting cadre | village-packing cadre | village-based cadre | village-based team | village-based work | village resident cadre | resident cadre

[common-prosperity]
categories = mass_work:0.6
zh = 共同富裕 | 致富 | 带领致富 | 带头致富 | 勤劳致富 | 增收致富 | 农民增收 | 集体经济 | 村集体经济 | 壮大集体经济 | 发展壮大村级集体经济 | 产业振兴 | 一村一品 | 致富带头人
en = common prosperity | get rich | lead the way to prosperity | lead people to get rich | become rich | increase income | increase farmers' income | get rich together | get rich through hard work | take the lead in getting rich | take the lead to get rich | become prosperous | road to prosperity | path to prosperity | road to wealth | path to wealth | road to riches | shared prosperity | joint prosperity | prosperity for all | common affluence | common wealth | increase income and get rich | increase income and become rich | well-off | raise income | boost income | increase in income | income increase | got rich | led the way to prosperity | led people to get rich | became rich | got rich together | got rich through hard work | took the lead in getting rich | took the lead to get rich | became prosperous | collective economy | village collective economy | rural collective economy | strengthen the collective economy | industrial revitalization | one village one product | leader in getting rich | wealth-creation leader | lead in becoming rich

[employment-and-skills]
categories = mass_work:0.6
zh = 技能培训 | 就业 | 再就业 | 劳动力转移 | 就业创业 | 职业技能培训 | 失地农民
en = skills training | employment | reemployment | re-employment | labor transfer | employment and entrepreneurship | vocational skills training | landless farmer | employment training | employment assistance | job assistance | help find jobs | job placement | employment placement | job fair | recruitment fair | employment service | start a business | labor force transfer | labour force transfer | labour transfer | transfer of surplus labor | surplus labor | surplus labour | land-lost farmer | land-losing farmer | occupational skill training

[social-security]
categories = mass_work:0.7
zh = 低保 | 最低生活保障 | 医保 | 社保 | 养老保险 | 医疗保险 | 新农合 | 大病救助 | 临时救助
en = minimum living allowance | subsistence allowance | minimum living guarantee | medical insurance | social security | pension insurance | endowment insurance | new rural cooperative medical care | temporary assistance | serious illness assistance | minimum living security | minimum living standard guarantee | minimum subsistence guarantee | minimum subsistence allowance | minimum living standard | dibao | basic living allowance | minimum life security | social insurance | medical security | health insurance | basic medical insurance | old-age insurance | pension | rural pension | new rural cooperative medical | rural cooperative medical care | cooperative medical | critical illness relief | major illness assistance | major illness insurance | serious illness insurance | critical illness insurance | temporary relief | temporary aid | emergency relief | emergency assistance | social assistance | social relief | relief fund | relief money | social welfare

[livelihood]
categories = mass_work:0.9
zh = 民生 | 民生工程 | 民心工程 | 惠民 | 惠民工程 | 惠民政策 | 惠农政策 | 民生福祉 | 民生服务 | 民生保障
en = people's livelihood | livelihood | livelihood project | benefit the people | popular support project | project for the people | policy benefiting the people | wellbeing of the people | well-being of the people | people's wellbeing | people's well-being | welfare of the people | people's welfare | benefit the masses | benefit the public | benefit farmers | people-benefiting | policy benefiting farmer | policy to benefit the people | policy that benefit the people | agriculture-benefiting policy | livelihood engineering | people's heart project | project of the people's heart | welfare of the masses | people's happiness | happiness of the people | livelihood service | people's livelihood service | livelihood security | livelihood guarantee

# ---------------------------------------------------------------------------
# Donations, volunteers, public welfare
# ---------------------------------------------------------------------------

[donations]
categories = mass_work:1.0
zh = 捐款 | 捐赠 | 捐助 | 爱心捐款 | 献爱心 | 慈善 | 一日捐 | 爱心基金 | 慈善一日捐 | 募捐 | 捐资助学 | 爱心捐助
en = donation | donate | charity | love donation | charity donation | donate money | show love | fundraising | donate to help student | one-day donation | help fund | fund to help | love fund | charitable donation | offer love | give love | contribute love | dedicate love | present love | caring donation | donor | charitable | fund-raising | raise money | one day's salary | caring fund | charity fund | donation campaign | donation drive | gave love

[blood-donation]
categories = mass_work:0.8
zh = 无偿献血 | 献血 | 红十字 | 红十字会
en = blood donation | voluntary blood donation | donate blood | red cross | unpaid blood donation | gratuitous blood donation | free blood donation | blood donor | voluntarily donate blood | blood drive

[volunteer-service]
categories = mass_work:1.0
zh = 志愿服务 | 志愿者 | 志愿者服务 | 义务劳动 | 党员志愿者 | 学雷锋 | 志愿活动 | 志愿服务队 | 青年志愿者 | 学雷锋活动
en = volunteer service | volunteer | voluntary service | voluntary labor | voluntary labour | learn from lei feng | volunteer activity | volunteer team | young volunteer | party member volunteer | volunteer work | voluntary work | voluntary activity | volunteerism | obligatory labor | obligatory labour | obligation labor | obligation labour | unpaid labor | lei feng | learn from comrade lei feng

[public-welfare]
categories = mass_work:0.7
zh = 公益 | 公益活动 | 公益项目 | 公益事业 | 社会公益 | 社会责任
en = public welfare | public welfare activity | public welfare project | charity project | social responsibility | public good | public interest activity | public benefit | public welfare undertaking | public welfare cause | charity work | charitable work | charity activity | charitable activity | public service activity | corporate social responsibility | commonweal | public benefit activity | public welfare service | give back to society | repay society | return to society | contribute to society | gave back to society

[health-services]
categories = mass_work:0.9
zh = 义诊 | 健康讲座 | 送医送药 | 健康体检 | 免费体检 | 送医下乡 | 家庭医生签约
en = free clinic | free medical consultation | health lecture | free medical service | free physical examination | medical service to the countryside | family doctor contract | free diagnosis | free diagnosis and treatment | free medical treatment | free treatment | free consultation | free medical check | free check-up | free health check | free health examination | free physical check | health consultation | health talk | health knowledge lecture | health seminar | send medicine | send doctors and medicines | send medical service | doctors to the countryside | medical team to the countryside | family doctor | contracted family doctor | mobile clinic | sent medicine | sent doctors and medicines | sent medical service

[culture-for-the-masses]
categories = mass_work:0.5
zh = 文体活动 | 文艺演出 | 送文化 | 文化下乡 | 三下乡 | 文化惠民 | 群众文化 | 广场舞
en = cultural and sports activity | recreational and sports activity | cultural performance | literary and artistic performance | culture to the countryside | three to the countryside | mass culture | cultural activity for the masses | square dance | culture and sports activity | cultural and recreational activity | recreational activity | entertainment activity | literary and art performance | literary performance | art performance | artistic performance | theatrical performance | send culture | deliver culture | three going to the countryside | three down to the countryside | three goes to the countryside | cultural benefit | culture benefiting the people | benefit the people with culture | mass cultural | cultural life | spiritual and cultural life | plaza dance | open-air film | rural cinema | sent culture

[education-outreach]
categories = mass_work:0.7
zh = 送教 | 送教下乡 | 支教 | 送教上门 | 助学 | 资助 | 奖助学金 | 助学金
en = send teaching to the countryside | teaching support | volunteer teaching | support education | financial aid | student aid | student grant | grant-in-aid | scholarship and grant | send teaching to the home | send teaching | send teachers to the countryside | teachers to the countryside | teaching to the countryside | education to the countryside | rural teaching support | teaching assistance | voluntary teaching | home teaching | home-based teaching | teach at home | send education to the home | financial assistance | financial aid for students | financial support for students | subsidize students | scholarship | bursary | education assistance | educational assistance | education aid | student assistance | student subsidy | student funding | tuition waiver | tuition reduction | tuition exemption | nutrition improvement plan | sent teaching to the countryside | sent teaching to the home | sent teaching | sent teachers to the countryside | taught at home | sent education to the home

[students-with-learning-difficulties]
categories = mass_work:0.8
zh = 学困生 | 学习困难学生 | 贫困生 | 贫困学生 | 后进生 | 学习困难的学生
en = student with learning difficulty | underachiever | poor student in learning | impoverished student | student from poor family | student with difficulty in learning | underachieving student | lagging student | backward student | student who lag behind | slow learner | struggling student | student with poor academic performance | student with learning problem | student with academic difficulty | poverty-stricken student | poverty student | student from impoverished family | student from needy family | student from low-income family | student with poor grades

[left-behind-children]
categories = mass_work:1.0
zh = 留守儿童 | 关爱留守儿童 | 困境儿童 | 外来务工子女 | 随迁子女 | 孤残儿童
en = left-behind child | child in difficulty | migrant worker's child | child of migrant worker | orphaned and disabled child | children left behind | left-behind kid | left-behind student | stay-at-home children | children who stay at home | home-staying children | children of migrants | migrant children | children of floating population | children who moved with parents | children in distress | children in plight | children in difficult circumstances | orphan | orphaned child | disabled child | children from single-parent families | single-parent children | left-behind children | children in difficulty | children of migrant worker | disabled children | orphaned and disabled children | orphaned children

[people-with-disabilities]
categories = mass_work:0.9
zh = 残疾人 | 助残 | 扶残助残 | 残疾学生 | 残联
en = disabled people | people with disabilities | disabled person | help the disabled | disabled persons' federation | disabled student | persons with disabilities | disabled | disability | handicapped | assist the disabled | support the disabled | help the handicapped | federation of disabled persons | disabled federation | federation for the disabled | disabled association | students with disabilities | families with disabled members

[migrant-workers]
categories = mass_work:0.7
zh = 农民工 | 外来务工人员 | 讨薪 | 欠薪 | 根治欠薪
en = migrant worker | rural migrant worker | wage arrears | unpaid wages | back pay | migrant | peasant worker | farmer-worker | floating population | non-local worker | people working outside | salary arrears | wages owed | owed wages | arrears of wages | wage default | back wages | recover wages | demand wages | claim wages

[veterans-and-military-families]
categories = mass_work:0.8
zh = 退役军人 | 拥军优属 | 军烈属 | 双拥 | 优抚对象 | 拥军优属活动
en = veteran soldier | retired soldier | ex-serviceman | support the army and give preferential treatment to military families | military and martyr families | double support | entitled group | demobilized soldier | discharged soldier | retired military personnel | retired serviceman | retired army man | former soldier | military veteran | army veteran | veterans affairs | support the army | support the military | support the army and love the people | support the military and love the people | support the government and love the people | two supports | preferential treatment for military families | military family | family of serviceman | family of military personnel | family of soldier | martyr family | family of martyr | military dependent | special care recipient | object of special care | beneficiary of preferential treatment | army day | august 1st | ex-servicemen | family of servicemen | retired servicemen

[women-and-children]
categories = mass_work:0.7
zh = 妇女儿童 | 两癌筛查 | 妇女儿童权益 | 儿童之家 | 母亲节 | 儿童节 | 六一儿童节
en = women and children | two-cancer screening | rights of women and children | children's home | mother's day | women and kids | children and women | cervical and breast cancer screening | breast and cervical cancer screening | women's rights | rights and interests of women and children | women's and children's rights | protection of women and children | home for children | children's house | women's health | maternal and child health | women's rights and interests | children's day | international children's day

# ---------------------------------------------------------------------------
# Retirees and the elderly
# ---------------------------------------------------------------------------

[retirees]
categories = mass_work:1.0
zh = 退休 | 离退休 | 退休教师 | 退休职工 | 离退休干部 | 老干部 | 退管 | 退管会 | 退休人员 | 离休
en = retired | retiree | retired teacher | retired staff | retired worker | retired cadre | veteran cadre | retirement management | retired faculty | retired personnel | retired and in-service | retirement | retired and resigned | retired officials | retired employees | retired people | retired persons | retired comrades | retired elderly | retired old comrades | retired and veteran cadres | old cadre | elderly cadre | retiree management | retired staff management | management of retirees | retirement office | retired workers' association | retirement committee | retiree affairs | veteran cadres bureau | bureau of veteran cadres | old cadres bureau | retirement association | in-service and retired | incumbent and retired | active and retired

[the-elderly]
categories = mass_work:0.8
zh = 老年人 | 孤寡老人 | 空巢老人 | 敬老 | 尊老 | 尊老敬老 | 敬老院 | 老人 | 关爱老人 | 重阳节 | 一老一小 | 助老 | 养老服务 | 居家养老 | 老年助餐 | 老年食堂 | 长者食堂 | 助餐点 | 独居老人 | 高龄老人 | 留守老人
en = the elderly | lonely elderly | empty-nest elderly | respect the elderly | respect for the elderly | nursing home | old people | care for the elderly | double ninth festival | old person | old folk | old man | old woman | old lady | aged people | senior citizen | lonely old people | respect the aged | respect for the aged | care for the aged | aged care | old-age care | old-age service | home for the aged | old people's home | retirement home | welfare home | chongyang | chongyang festival | double yang festival | filial piety | old men | old women | the old and the young | elderly care | home-based elderly care | home care for the elderly | elderly care service | meal assistance for the elderly | elderly canteen | canteen for the elderly | senior canteen | elderly living alone | elderly people living alone | old people living alone | elderly who live alone | empty nester | left-behind elderly | elderly of advanced age

[old-comrades]
categories = mass_work:0.4, member_development:0.2
zh = 老同志 | 老教师 | 老职工 | 老领导
en = old comrade | veteran comrade | old teacher | veteran teacher | old leader | senior comrade | elderly comrade | old staff | old worker | old employee | veteran worker | veteran employee | elderly teacher | former leader

# ---------------------------------------------------------------------------
# Care for staff, democratic management
# ---------------------------------------------------------------------------

[care-for-staff]
categories = mass_work:0.8
zh = 关心职工 | 关爱职工 | 职工福利 | 人文关怀 | 关心教职工 | 关爱教职工 | 职工之家 | 教工之家 | 教职工福利 | 关心教师生活 | 建家 | 模范职工之家 | 职工小家 | 职工书屋 | 金秋助学 | 夏送清凉 | 冬送温暖 | 送清凉 | 疗休养 | 职工疗休养 | 母婴室 | 爱心妈咪小屋
en = care for staff | care for employee | staff welfare | humanistic care | humanistic concern | staff home | workers' home | teachers' home | care for faculty and staff | care for teachers' life | care about their life | care for worker | care for faculty | care for teacher | care for teaching staff | care about staff | care about employee | care about teacher | care about worker | concern for staff | concern for employee | concern for teacher | concern for worker | care of staff | care of employee | staff care | employee care | teacher care | human care | humanized care | employee welfare | employee benefit | staff benefit | welfare of staff | welfare of employee | faculty welfare | teacher welfare | worker welfare | welfare of worker | employee home | home of worker | home of staff | home for employee | home of teacher | home for teacher | care for the lives of | care about the lives of | concern for the life of | staff physical examination | physical examination for staff | staff birthday | employee birthday | birthday party for staff | care about their lives | model workers' home | workers' library | staff library | golden autumn student aid | golden autumn education aid | send coolness in summer | sending coolness | send warmth in winter | recuperation | rest and recuperation | mother and baby room | maternal and infant room

[staff-congress]
categories = mass_work:0.7, discipline:0.3
zh = 教代会 | 职代会 | 教职工代表大会 | 职工代表大会 | 教职工大会 | 双代会 | 职工代表 | 教职工代表
en = teachers' congress | workers' congress | staff congress | congress of teachers and staff | staff representative conference | faculty congress | congress of faculty and staff | teachers' association | staff representative congress | staff representative meeting | staff and workers congress | workers and staff congress | congress of workers and staff | congress of workers | congress of staff | congress of employees | employee congress | employee representative congress | employee representative conference | worker representative congress | teacher representative congress | teachers and staff representative congress | faculty and staff representative congress | faculty and staff congress | faculty representative congress | faculty and staff conference | teaching staff congress | double congress | employee representative | staff representative | workers' representative

[democratic-management]
categories = mass_work:0.5, discipline:0.3
zh = 民主管理 | 民主参与 | 参政议政 | 建言献策 | 献计献策 | 合理化建议
en = democratic management | democratic participation | participation in politics | offer advice and suggestions | make suggestions | rationalization suggestion | offer suggestions | democratic administration | participate in democratic management | participate in and discuss state affairs | participate in government and political affairs | participation and deliberation | give advice and suggestions | offer advice | give advice | put forward suggestions | put forward proposals | rationalization proposal | rationalized suggestions | reasonable suggestions | reasonable proposals | contribute ideas | contribute ideas and suggestions | offer ideas | offer ideas and suggestions | make proposals | submit proposals | proposal handling | advice and suggestions | suggestions and proposals

[home-school-cooperation]
categories = mass_work:0.4
zh = 家长委员会 | 家委会 | 家长会 | 家校合作 | 家校共育 | 家长学校 | 家校联系
en = parent committee | parents' meeting | parent conference | home-school cooperation | parent school | family-school cooperation | home-school contact | parent-teacher meeting | parent-teacher conference | parent-teacher association | home-school | family and school | home and school | school and family | school-family cooperation | home-school co-education | co-education of home and school | family-school co-education | home-school communication | home-school connection | home-school interaction | school for parents | parent class | parent classroom | parent volunteer | family education

[staff-activities]
categories = mass_work:0.6
zh = 教职工活动 | 职工活动 | 工会活动 | 趣味运动会 | 文体比赛 | 职工运动会 | 教职工运动会
en = staff activity | trade union activity | union activity | fun games | fun sports meeting | staff sports meeting | recreational competition | employee activity | faculty activity | activity for staff | staff cultural and sports activity | cultural and sports activity for staff | fun sports | fun competition | fun contest | interesting sports meeting | staff games | sports meeting for staff | faculty sports meeting | employee sports meeting | cultural and sports competition | tug-of-war

[people-oriented]
categories = mass_work:0.6
zh = 以人为本 | 以人民为中心 | 群众利益 | 群众切身利益 | 切身利益 | 人民利益
en = people-oriented | people-centered | people-centred | interests of the masses | vital interests of the masses | vital interest | interests of the people | people first | put people first | human-oriented | human-centered | human-centred | people as the center | take people as the center | people as the centre | centered on the people | people's interest | immediate interest | immediate interest of the masses | fundamental interest | fundamental interest of the people | interest of the broad masses | took people as the center

[youth-work]
categories = mass_work:0.6
zh = 青年工作 | 青年文明号 | 五四 | 青年节 | 五四青年节 | 青年突击队
en = youth work | youth day | youth civilization post | may fourth | may 4th youth day | youth commando | youth affairs | work with young people | young people's work | youth civilized post | young civilization post | youth civilization unit | may 4 | may 4th youth festival | youth festival | youth shock team | youth assault team | youth vanguard | youth forum | youth symposium | youth salon

# ---------------------------------------------------------------------------
# Mass organisations
# ---------------------------------------------------------------------------

[mass-organizations]
categories = mass_work:1.0
zh = 群团 | 群团组织 | 群众组织 | 群团工作 | 工青妇 | 群团组织作用 | 党建带群建
en = mass organization | mass group | people's organization | mass group work | party building leads mass organization building | mass organisation | people's group | group organization | mass and group organization | mass group organization | mass groups and organization | party building leads group building | party building drives group building | party building drives mass organization building | party building leads mass group building | party construction drives mass construction | party building with group building

[trade-union]
categories = mass_work:1.0
zh = 工会 | 工会工作 | 工会主席 | 工会委员 | 工会组织 | 工会会员 | 校工会 | 工会小组
en = trade union | labor union | labour union | union | union chairman | chairman of the trade union | trade union work | union member | school union | trade union committee
unless = european union | soviet union | credit union | union of knowledge and action

[communist-youth-league]
categories = mass_work:1.0
zh = 共青团 | 团支部 | 团委 | 团员 | 青年团员 | 共青团员 | 团组织 | 团干部 | 团员教师 | 校团委 | 团总支 | 团费 | 团费收缴 | 党建带团建 | 以党建带团建 | 团的建设
en = communist youth league | youth league | youth league committee | league member | league branch | youth league branch | league committee | member of the league | youth league member | communist youth league committee | league organization | league | cyl | league dues | league fee | league membership fee | party building drives league building | party building leads league building | league building
unless = basketball league | football league | soccer league | sports league | volleyball league | league match | league game

[young-pioneers]
categories = mass_work:1.0
zh = 少先队 | 少先队员 | 大队部 | 少先队大队 | 入队仪式 | 少年宫 | 少先队辅导员 | 红领巾
en = young pioneer | pioneer team | children's palace | young pioneer counselor | red scarf | induction ceremony | pioneer brigade | young pioneers' team | pioneer squadron | pioneer counselor | pioneer counsellor | brigade counselor | brigade counsellor | team joining ceremony | initiation ceremony | red scarves | red neckerchief | youth palace

[womens-federation]
categories = mass_work:1.0
zh = 妇联 | 妇委会 | 妇女工作 | 三八节 | 妇女节 | 女工委 | 女职工 | 妇女之家 | 三八红旗手 | 巾帼建功 | 巾帼文明岗 | 巾帼志愿者 | 巾帼志愿服务
en = women's federation | women's committee | women's work | women's day | march 8th | female worker | female staff | women's home | march 8th red flag bearer | federation of women | women's association | work of women | women's affairs | march 8 | three-eight red flag bearer | red-banner pacesetter | red flag bearer | home for women | women worker | female employee | women employee | women staff | female worker committee | women worker committee | female cadre | women cadre | women's civilization post | women's civilised post

[next-generation-committee]
categories = mass_work:1.0
zh = 关工委 | 关心下一代 | 关心下一代工作委员会 | 关工 | 关心下一代工作 | 五老
en = committee for caring for the next generation | care for the next generation | next generation committee | working committee for the care of the next generation | care of the next generation | five elders | concern for the next generation | next generation work | work for the next generation | care for the younger generation | concern for the younger generation | care for the young generation | five old | five veteran | five old people | guan gong wei

[united-front]
categories = mass_work:0.6
zh = 统战 | 统一战线 | 统战工作 | 党外人士 | 民主党派 | 党外教师 | 党外知识分子 | 无党派人士
en = united front | united front work | non-party personage | non-party people | democratic party | non-party teacher | non-party intellectual | people outside the party | united front department | non-party person | non-party figure | non-party public figure | non-party member | people without party affiliation | personage without party affiliation | non-partisan | member of democratic parties | democratic party member | those outside the party | personage outside the party | outside the party | non-cpc | intellectual outside the party | religious affairs | ethnic and religious affairs | returned overseas chinese | new social class | new social stratum

[ethnic-unity]
categories = mass_work:0.5
zh = 民族团结 | 民族团结进步 | 民族团结教育
en = ethnic unity | national unity | ethnic solidarity | national unity and progress | ethnic unity education | national solidarity | unity of ethnic groups | unity of nationalities | unity among ethnic groups | nationalities unity | ethnic harmony | unity among all ethnic groups | solidarity of all ethnic groups | ethnic minority | minority nationality | national unity education

# ---------------------------------------------------------------------------
# Community, stability, environment
# ---------------------------------------------------------------------------

[community]
categories = mass_work:0.6
zh = 社区 | 社区居民 | 社区活动 | 进社区 | 社区服务 | 居委会 | 村委会 | 村委 | 物业服务 | 业委会 | 楼栋长 | 单元长 | 楼长
en = community | community resident | community activity | into the community | community service | neighborhood committee | residents' committee | village committee | neighbourhood committee | residential community | residential area | residential district | neighborhood | neighbourhood | sub-district | subdistrict | community work | community affairs | enter the community | go to the community | go into the community | owner committee | property owners committee | housing estate | went to the community | went into the community | property management | property service | building leader | building head | unit leader | floor leader
unless = learning community

[community-co-building]
categories = mass_work:1.0
zh = 社区共建 | 共驻共建 | 共建共享 | 双报到 | 在职党员进社区 | 校社共建 | 共建单位 | 文明共建
en = community co-building | co-construction | joint building | co-construction and sharing | dual report | double reporting | in-service party member in the community | co-building unit | civilized co-construction | school-community co-building | community co-construction | co-building | co-construction and co-governance | co-construction co-governance and sharing | co-building and sharing | co-governance | joint governance | co-governance and sharing | joint construction and sharing | co-construction unit | joint construction unit | civilization co-building | school-community co-construction | school-community cooperation | report to the community | report for duty in the community | double registration | dual registration | co-residence and co-construction | jointly stationed and jointly built | co-station and co-construction

[grid-and-contact-households]
categories = mass_work:0.8
zh = 联系户 | 党员联系户 | 包户 | 网格化 | 网格员 | 网格化管理 | 联户 | 包保 | 包联 | 帮包 | 联系包保
en = contact household | party member contact household | grid management | grid member | grid-based management | contact family | liaison household | liaison family | linked household | household in charge | in charge of household | responsible for household | package household | contract household | grid-based | grid worker | grid staff | grid personnel | grid administrator | grid manager | grid leader | grid chief | grid service | grid governance | community grid | package and guarantee | contracting and guaranteeing | help and contract | pairing and contracting

[service-centers]
categories = mass_work:0.8, member_development:0.3
zh = 党群服务中心 | 党员服务站 | 便民服务中心 | 党群活动室 | 为民服务站 | 党员活动室
en = party and mass service center | party-mass service center | party member service station | convenience service center | party-mass activity room | party member activity room | party-masses service centre | party and mass service centre | party and people service center | party-people service center | party-mass service station | party and mass activity center | party-mass activity center | party-mass activity centre | party and mass activity room | party member service center | party member service centre | party member service point | service station for party members | convenience service centre | convenience center | convenient service center | convenient service centre | people's service center | service center for the people | people service station | service station for the people | party member activity center | activity room for party members | party member activity station | party member home | home of party member | neighborhood service center | community service center | community service station | community service centre | village service center | village-level service center | mass service center

[convenience-services]
categories = mass_work:0.6
zh = 便民服务 | 便民 | 一站式服务 | 服务窗口 | 服务意识 | 优质服务 | 服务质量
en = convenience service | convenient service for the people | one-stop service | service window | service awareness | quality service | service quality | post service awareness | convenience for the people | convenient for the people | for the convenience of the people | people-friendly | facilitate the people | facilitate the masses | convenience of the masses | one-stop | one-window service | window service | sense of service | service consciousness | awareness of service | service attitude | quality of service | high-quality service | excellent service | run at most once | run once at most | masses run less

[petitions-and-mediation]
categories = mass_work:0.8
zh = 信访 | 信访工作 | 矛盾纠纷 | 调解 | 矛盾调解 | 化解矛盾 | 纠纷调解 | 矛盾纠纷排查 | 人民调解
en = letters and visits | petition | conflict mediation | mediation | resolve conflict | dispute resolution | contradiction and dispute | resolve contradiction | people's mediation | dispute mediation | letters and calls | petitioner | letter and visit work | public complaint | complaint handling | handle complaint | 12345 hotline | mayor's hotline | conflicts and disputes | disputes and conflicts | dispute | mediate | mediator | mediation committee | resolve dispute | settle dispute | settle conflict | defuse contradiction | defuse conflict | dissolve contradiction | eliminate contradiction | maple bridge experience | fengqiao experience

[social-stability]
categories = mass_work:0.4
zh = 维稳 | 社会稳定 | 平安建设 | 综治 | 社会治安 | 综合治理 | 和谐稳定 | 扫黑除恶 | 义务巡逻 | 治安巡逻 | 平安巡逻
en = maintain stability | social stability | peace building | comprehensive management | public security | comprehensive governance | harmony and stability | sweep away black and eliminate evil | crack down on gangs and evil | stability maintenance | maintain social stability | social order | public order | law and order | security and stability | safe construction | peaceful construction | ping'an construction | safe village | safe community | safe campus | peaceful campus | comprehensive management of social security | comprehensive governance of social security | comprehensive treatment | social management | harmonious and stable | stable and harmonious | social harmony | harmonious society | sweeping black and eliminating evil | eliminate gangs and evil | crackdown on gangs and evil | anti-gang | anti-mafia | fight against organized crime | combat organized crime | black and evil forces | underworld forces | anti-drug | drug control | anti-cult | anti-fraud | fraud prevention | telecom fraud | swept away black and eliminate evil | fought against organized crime | voluntary patrol | volunteer patrol | security patrol | public security patrol

[environment-improvement]
categories = mass_work:0.6
zh = 环境整治 | 人居环境 | 村容村貌 | 人居环境整治 | 环境卫生整治 | 垃圾分类 | 厕所革命
en = environmental improvement | living environment | village appearance | environmental remediation | human settlement environment | environmental sanitation | garbage classification | toilet revolution | environmental renovation | environment improvement | improvement of environment | environmental rectification | environment rectification | environment renovation | renovation of environment | environmental governance | environmental treatment | environmental cleanup | environmental hygiene | sanitation | habitat environment | village feature | village look | village environment | appearance of the village | waste sorting | waste classification | rubbish classification | garbage sorting | garbage disposal | garbage collection | garbage removal | garbage | rubbish | toilet renovation | toilet reform | toilet improvement | sewage treatment | black and odorous water | river chief

[village-infrastructure]
categories = mass_work:0.5
zh = 修路 | 道路硬化 | 饮水工程 | 自来水 | 安全饮水 | 危房改造 | 路灯
en = road repair | road hardening | drinking water project | tap water | safe drinking water | dilapidated house renovation | renovation of dilapidated house | street lamp | repair the road | road construction | road building | build road | road maintenance | hardened road | road paving | paved road | cement road | concrete road | village road | rural road | household road | drinking water safety | water supply | running water | water pipe | irrigation | irrigation canal | farmland water conservancy | streetlight | street light | solar street light | dangerous house renovation | renovation of dangerous house | dilapidated house | dangerous house | housing renovation | village infrastructure | rural infrastructure | fitness equipment | fitness facility | built road

[epidemic-prevention]
categories = mass_work:0.6
zh = 疫情防控 | 抗疫 | 防疫 | 核酸检测 | 新冠疫情 | 疫苗接种 | 防控卡点 | 卡点值守 | 居家隔离 | 隔离户
en = epidemic prevention and control | fight the epidemic | epidemic prevention | nucleic acid testing | covid-19 | novel coronavirus | vaccination | epidemic checkpoint | checkpoint | on duty at the checkpoint | isolated family | home isolation | quarantined household | anti-epidemic | nucleic acid | vaccine | vaccinate | inoculation | bayonet | card point | quarantine | temperature measurement | temperature check | disinfection | disinfect | health code | travel code | wear mask | mask | fought the epidemic

[spiritual-civilization]
categories = mass_work:0.4, study:0.3
zh = 精神文明建设 | 精神文明 | 文明创建 | 文明单位 | 双创 | 文明城市 | 创建文明城市 | 文明校园 | 文明单位创建 | 新时代文明实践 | 文明实践站 | 文明实践中心 | 文明实践所 | 移风易俗
en = spiritual civilization construction | spiritual civilization | civilization creation | civilized unit | civilized city | civilized campus | establishment of civilized unit | construction of spiritual civilization | creation of civilized unit | spiritual civilisation | civilized | civilised | civilization practice | civilized practice | change customs | change old customs | change prevailing habits and customs | new customs

[moderately-prosperous-society]
categories = mass_work:0.5, study:0.2
zh = 全面小康 | 小康社会 | 全面建成小康社会 | 奔小康
en = moderately prosperous society | well-off society | comprehensive well-off society | build a moderately prosperous society in all respects | moderate prosperity | moderately well-off | society of moderate prosperity | moderately prosperous in all respects | all-round well-off society | overall well-off society | comprehensively well-off society | xiaokang | built a moderately prosperous society in all respects

[tree-planting]
categories = mass_work:0.4
zh = 义务植树 | 植树 | 植树节 | 绿化
en = tree planting | voluntary tree planting | plant tree | arbor day | greening | afforestation | tree planting day | landscaping | plant flowers | greenery | greenification | obligatory tree planting | compulsory tree planting

[technical-services]
categories = mass_work:0.7
zh = 科技服务 | 技术服务 | 技术指导 | 农技服务 | 送科技下乡 | 科技下乡 | 技术培训
en = technical service | technical guidance | agricultural technology service | science and technology to the countryside | technical training | teach technique | fruit grower | grower | planting technique | agricultural technical service | agricultural technique | agricultural technology | agricultural science and technology | agricultural technician | agricultural expert | agricultural extension | agricultural technology promotion | technology to the countryside | science and technology into the countryside | sending science and technology to the countryside | popular science | science popularization | breeding technique | breeding technology | planting technology | cultivation technique | cultivation technology | practical technology | practical technique | practical technical training

[door-to-door-service]
categories = mass_work:0.7
zh = 送货上门 | 上门服务 | 送药上门 | 送菜上门 | 送上门 | 代购代办 | 代办 | 全程代办 | 帮办代办 | 为民代办 | 代办服务
en = deliver to the home | to the homes of | deliver vegetable | deliver medicine | on-site service | home visit service | deliver to the door | delivery to the door | door delivery | home delivery | doorstep service | door-to-door service | home service | home-based service | service at home | deliver medicine to the door | deliver food | deliver meals | meal delivery | run errands | errand running | purchase on behalf | buy on behalf | agency service | proxy service | handle on behalf | bought on behalf

# ---------------------------------------------------------------------------
# Trade-union work in depth, governance, receiving the masses
# ---------------------------------------------------------------------------

[trade-union-membership]
categories = mass_work:1.0
zh = 入会 | 建会 | 职工入会 | 入会率 | 建会率 | 发展会员 | 会员发展 | 会籍 | 会籍管理 | 组建工会 | 工会组建 | 规范化建会 | 工会覆盖 | 总工会 | 上级工会 | 基层工会 | 工会经费 | 工会干部
en = join the union | union membership | membership of the union | union establishment | establish a trade union | set up a trade union | establish a union | set up a union | unionization | unionisation | union coverage | recruit union member | development of union member | federation of trade unions | general trade union | county federation of trade unions | higher-level trade union | grassroots trade union | grass-roots trade union | primary trade union | union fund | trade union fund | union dues | union cadre | trade union cadre
unless = 进入会场 | 进入会议 | 入会场 | 入会议 | 建会议 | 建会场 | 新建会 | 创建会

[workers-rights]
categories = mass_work:1.0
zh = 维权 | 维护职工合法权益 | 职工合法权益 | 合法权益 | 职工权益 | 集体合同 | 工资集体协商 | 集体协商 | 平等协商 | 劳动合同 | 劳动保护 | 劳动争议 | 劳动关系 | 和谐劳动关系 | 厂务公开民主管理 | 工资协商
en = rights protection | protect rights | safeguard rights | protection of rights | legitimate rights and interests | lawful rights and interests | workers' rights | rights and interests of workers | rights and interests of employees | staff rights | collective contract | collective agreement | collective wage negotiation | collective wage consultation | wage negotiation | collective bargaining | collective negotiation | collective consultation | equal consultation | labor contract | labour contract | employment contract | labor protection | labour protection | labor dispute | labour dispute | labor relation | labour relation | labor relationship | labour relationship | harmonious labor relations | harmonious labour relations

[labour-competition]
categories = mass_work:0.7
zh = 劳动竞赛 | 技能竞赛 | 岗位练兵 | 技术比武 | 技能比武 | 岗位技能比武 | 劳模 | 劳动模范 | 劳模创新工作室 | 安康杯 | 五一劳动奖章 | 职工技能 | 职工技术创新 | 合理化建议活动
en = labor competition | labour competition | labor emulation | labour emulation | skills competition | technical competition | technical contest | skills contest | job training | on-the-job training and competition | post training | model worker | labor model | labour model | model worker studio | ankang cup | may day labor medal | may day labour medal | may 1st labor medal | may 1st labour medal | worker skill | staff skill | technical innovation of workers

[grassroots-governance]
categories = mass_work:0.8
zh = 基层治理 | 乡村治理 | 社会治理 | 社区治理 | 城市基层治理 | 村民自治 | 居民自治 | 三治融合 | 自治法治德治 | 村规民约 | 居民公约 | 村民议事 | 议事协商 | 民主协商 | 协商议事 | 居民议事 | 新乡贤 | 乡贤 | 红白理事会
en = grassroots governance | grass-roots governance | primary-level governance | social governance | community governance | rural governance | village governance | urban grassroots governance | villager autonomy | villagers' self-governance | residents' self-governance | residents' autonomy | integration of three governances | three governances | self-governance, rule of law and rule of virtue | village rules and regulations | village rules and folk conventions | village regulations and folk conventions | residents' convention | deliberation and consultation | consultation and deliberation | democratic consultation | resident deliberation | villager deliberation | new rural sage | new village sage | rural sage | village sage | local sage | new xiangxian | xiangxian | red and white council | weddings and funerals council

[receive-the-masses]
categories = mass_work:0.8
zh = 接待群众 | 群众来访 | 来访群众 | 办事群众 | 群众办事 | 接访 | 下访 | 接访日 | 领导接待日 | 群众诉求 | 民生诉求 | 诉求 | 四下基层
en = receive the masses | receive visiting masses | visiting masses | masses who come to handle affairs | people who come to handle affairs | handle affairs for the masses | reception day | leader reception day | receive visitors | people's appeals | public appeals | demands of the people | livelihood demands | four down to the grassroots | four visits to the grassroots | four grassroots
unless = 诉求表达 | 利益诉求表达

[community-service-mechanisms]
categories = mass_work:0.9
zh = 微心愿 | 三单制 | 群众点单 | 居民点单 | 党员接单 | 社区派单 | 社区下单 | 需求清单 | 服务清单 | 到社区报到 | 进社区报到 | 下沉社区 | 党员下沉 | 下沉党员 | 服务群众最后一公里 | 最后一公里 | 在职党员到社区 | 在职党员下沉 | 在职党员报到
en = micro wish | small wish | tiny wish | three-list system | three-order system | residents order | masses order | masses place order | party members take order | community dispatch order | demand list | list of needs | service list | sink into the community | party members sink | last mile | last kilometer | last kilometre | in-service party members go to the community | in-service party members report to the community | on-the-job party members go to the community | in-service party members sink

# Serving the teachers and students (服务师生): a school's or university's form of serving the masses
[serve-teachers-and-students]
categories = mass_work:0.7
zh = 服务师生 | 为师生服务 | 服务广大师生 | 师生满意度
en = serve teachers and students | service for teachers and students | service to teachers and students | satisfaction of teachers and students | teacher and student satisfaction

# SummaryKit built-in lexicon — section `study`
# Study and ideological education (学习教育 / 思想建设): what was studied and how.
# Format and provenance: see README.md in this folder.
# English forms are lowercase base forms; the matcher folds inflections.

# ---------------------------------------------------------------------------
# Generic study vocabulary (weak cues)
# ---------------------------------------------------------------------------

[study-generic]
categories = study:0.5
zh = 学习 | 学好 | 研读
en = study | learn | learn well | study well | intensive reading | study intensively
unless = 学习啦 | 学习困难 | 学习成绩 | 学习用品 | case study | learning difficulty | study supplies

[study-and-education]
categories = study:0.9
zh = 学习教育 | 集中学习教育 | 学习教育活动
en = learning and education | study and education | education and learning | learning education | study education | study and educate | learning and educational activity | study and educational activity

[study-activity]
categories = study:0.8
zh = 学习活动 | 学习形式 | 学习方式 | 学习会 | 学习班
en = learning activity | study activity | form of learning | learning form | study meeting | study session | learning session | study class | learning meeting | way of learning | way of study | learning method | study method | method of study | form of study | study form | learning mode | study mode | learning class | learning conference | study workshop

[study-content-plan]
categories = study:0.7
zh = 学习内容 | 学习计划 | 学习安排 | 学习任务
en = learning content | study content | study plan | learning plan | learning task | content of study | content of learning | learning arrangement | study arrangement | study task | task of study | study schedule | learning schedule | plan for study | study programme | study program | learning programme | learning program

[study-materials]
categories = study:0.7
zh = 学习资料 | 学习材料 | 学习读本 | 学习书籍 | 应知应会手册
en = learning material | study material | study reader | learning reader | study book | learning book | study booklet | learning booklet | study handbook | learning handbook | study textbook | learning textbook | must-know handbook

[study-effect]
categories = study:0.6
zh = 学习效果 | 学习质量 | 学习成效 | 深受教育 | 受到深刻教育 | 深刻教育
en = learning effect | learning outcome | study effect | learning result | effect of learning | deeply educated | profound education | profoundly educated | educated deeply | effect of study | study result | study outcome | result of study | learning achievement | study achievement | learning effectiveness | study effectiveness | effectiveness of learning | learning quality | study quality | quality of learning | deeply moved and educated | deep education | educated profoundly

[study-atmosphere]
categories = study:0.6
zh = 学习氛围 | 学习热潮 | 学习风气
en = learning atmosphere | study atmosphere | upsurge of learning | wave of learning | learning craze | atmosphere of learning | atmosphere of study | learning climate | learning fever | study fever | learning boom | study boom | upsurge of study | upsurge in learning | craze for learning | study craze | learning ethos

# ---------------------------------------------------------------------------
# Theory and politics
# ---------------------------------------------------------------------------

[theoretical-study]
categories = study:1.0
zh = 理论学习 | 政治理论学习 | 理论学习活动
en = theoretical study | theory study | study of theory | theoretical learning | political theory study | learn theory | theory learning | study theory | learning of theory | political theoretical study | political theory learning | study of political theory | political and theoretical study | political and theoretical learning

[theoretical-study-group]
categories = study:0.9
zh = 理论学习小组 | 青年理论学习小组 | 学习小组
en = theoretical study group | theory study group | study group | learning group | theoretical learning group | theory learning group | study team

[political-study]
categories = study:1.0
zh = 政治学习 | 政治业务学习
en = political study | political learning | learn politics | political and business study | study politics | study of politics | politics study | politics learning | political and professional study | political and professional learning | political and business learning | political business study | political and vocational study

[central-group-study]
categories = study:1.0
zh = 中心组学习 | 理论学习中心组 | 党委中心组 | 中心组 | 理论中心组
en = central group study | central group learning | central study group | theoretical study center group | center group study | central group | center group | centre group | party committee central group | central group of party committee

[thematic-study]
categories = study:1.0
zh = 专题学习 | 专题研讨 | 专题辅导 | 专项学习
en = thematic study | special study | special topic study | topical study | thematic seminar | special learning | special discussion | special seminar | thematic discussion | topic study | thematic learning | special topic learning | topical learning | special subject study | special topic seminar | special topic discussion | special tutoring | special counseling | special counselling | thematic counseling | thematic counselling | thematic tutoring | special item study

[study-notes]
categories = study:1.0
zh = 学习笔记 | 读书笔记 | 学习笔记本
en = study note | learning note | reading note | study notebook | note of study | note of learning | notes on study | learning notebook | reading notebook | study diary | learning diary

[study-reflections]
categories = study:0.9
zh = 心得体会 | 学习体会 | 学习心得 | 读后感 | 观后感 | 心得
en = experience and insight | learning experience | study experience | learning insight | reading experience | post-reading reflection | after-reading feeling | feeling after watching | study reflection | experience and understanding | experience and feeling | insight and experience | learning gain | study gain | study insight | learning feeling | study feeling | learning reflection | reflection on learning | thoughts on learning | reflection after reading | thoughts after reading | reading reflection | impression after reading | feeling after reading | impression after watching | thoughts after watching | post-viewing reflection | understanding and experience

[party-class]
categories = study:1.0, member_development:0.3
zh = 党课 | 讲党课 | 上党课 | 专题党课 | 微党课 | 党课教育
en = party class | party lecture | party course | party lesson | party class education | party classroom | lesson on the party | class on the party

[theme-education]
categories = study:1.0
zh = 主题教育 | 主题教育活动 | 专题教育
en = theme education | thematic education | theme education activity | special education | theme-based education | thematic educational activity | theme educational activity | topic education | special topic education

[two-studies-one-action]
categories = study:1.0, member_development:0.3
zh = 两学一做 | 两学一做学习教育
en = two studies and one action | two learning and one doing | two studies one doing | learn two to do one | two learn one do | two learn and one do | two studies and one do | two studies and one doing | two learning one doing | two studies one action | two learning and one action | two learning and one practice | two studies and one practice | learn two and do one | study two and do one | two study one do

[stay-true-to-the-mission]
categories = study:1.0
zh = 不忘初心、牢记使命 | 不忘初心牢记使命 | 不忘初心 | 牢记使命 | 初心使命 | 初心和使命
en = remain true to our original aspiration | stay true to the original aspiration | original aspiration and mission | do not forget the original intention | don't forget the original intention | never forget the original intention | do not forget the original heart | keep the mission in mind | bear the mission in mind | original intention and mission | forget original intention | forget original aspiration | forget original heart | forget initial intention | forget initial aspiration | forget initial heart | forget our original intention | forget our original aspiration | forget our initial intention | forget why we started | true to original aspiration | true to our original aspiration | true to original intention | true to our original intention | original aspiration | initial aspiration | original heart | founding mission | mission in mind | remember the mission | keep in mind the mission | bear in mind the mission | firmly remember the mission | shoulder the mission | original aspiration and founding mission | kept the mission in mind | bore the mission in mind | kept in mind the mission | bore in mind the mission

[party-history-education]
categories = study:1.0
zh = 党史学习教育 | 党史学习 | 学党史 | 党史教育 | 四史 | 四史学习教育
en = party history learning and education | party history study | study of party history | learn party history | party history education | four histories | study of the four histories | party history learning education | party history learning | party history | history of the party | history of the communist party | history of the cpc | cpc history | party history learning and educational | four histories education | four histories learning

[study-and-implement]
categories = study:1.0
zh = 学习贯彻 | 学习领会 | 学习宣传贯彻 | 传达学习 | 学习传达
en = study and implement | learn and implement | study and carry out | study and understand | study and apply | convey and study | study and communicate | study and implementation | learning and implementation | learn and carry out | study and thoroughly implement | learn and understand | study and comprehend | learn and comprehend | study and grasp | study and convey | learn and convey | convey and learn | communicate and study | communicate and learn | relay and study | transmit and study

[documents-and-archives]
categories = study:0.4
zh = 文件 | 上级文件 | 重要文件 | 文件汇编 | 红头文件
en = document | archive | important document | important archive | higher-level document | document of the higher level | relevant archive | relevant document | superior document | document of the superior | document from higher authority | red-headed document | red-header document | compilation of document | document compilation | important file | superior file | higher-level file | superior archive | higher-level archive | archive of the higher level

[spirit-of-meetings]
categories = study:0.6
zh = 会议精神 | 讲话精神 | 全会精神 | 大会精神 | 文件精神 | 上级精神
en = spirit of the meeting | spirit of the conference | spirit of the speech | spirit of the plenary session | spirit of the document | spirit of the archive | spirit of the higher level | spirit of the relevant conference | spirit of the congress | spirit of the session | spirit of the relevant meeting | spirit of the relevant document | spirit of the superior | spirit of higher authority | spirit of the instruction | meeting spirit | conference spirit | congress spirit | speech spirit | document spirit

[party-congress-reports]
categories = study:0.8
zh = 十七大 | 十八大 | 十九大 | 二十大 | 党的十八大 | 党的十九大 | 党的二十大 | 十九大报告 | 二十大报告 | 十九大精神 | 二十大精神 | 19大 | 20大 | 18大 | 十八届 | 十九届 | 二十届
en = 17th national congress | 18th national congress | 19th national congress | 20th national congress | 19th party congress | 20th party congress | nineteenth national congress | twentieth national congress | report of the national congress | 19th cpc national congress | 20th cpc national congress | 18th cpc national congress | 19th cpc congress | 20th cpc congress | 19th congress | 20th congress | 18th congress | 17th congress | 18th party congress | 17th party congress | eighteenth national congress | seventeenth national congress | nineteenth party congress | twentieth party congress | eighteenth party congress | report to the national congress

[plenary-sessions]
categories = study:0.8
zh = 全会 | 二中全会 | 三中全会 | 四中全会 | 五中全会 | 六中全会
en = plenary session | plenary meeting | second plenary session | third plenary session | fourth plenary session | fifth plenary session | sixth plenary session | plenum | plenary | plenary conference

[important-speeches]
categories = study:0.7
zh = 重要讲话 | 系列重要讲话 | 系列讲话 | 重要论述 | 重要指示
en = important speech | series of important speeches | series of speeches | important exposition | important instruction | important talk | important remark | important discourse | important directive | important address | important discussion

[xi-thought]
categories = study:0.9
zh = 习近平新时代中国特色社会主义思想 | 新时代中国特色社会主义思想 | 习近平总书记 | 总书记
en = xi jinping thought on socialism with chinese characteristics for a new era | socialism with chinese characteristics for a new era | xi jinping thought | general secretary xi jinping | general secretary | xi jinping | president xi | secretary-general xi | socialism with chinese characteristics in the new era | socialism with chinese characteristics of the new era | new era socialism with chinese characteristics | thought on socialism with chinese characteristics | thought of socialism with chinese characteristics | socialist thought with chinese characteristics

[socialism-chinese-characteristics]
categories = study:0.5
zh = 中国特色社会主义 | 中国特色社会主义道路
en = socialism with chinese characteristics | path of socialism with chinese characteristics | chinese characteristic socialism | socialism of chinese characteristics | socialism with china's characteristics | chinese-style socialism | socialist road with chinese characteristics | socialist system with chinese characteristics | socialist cause with chinese characteristics

[three-represents]
categories = study:0.8
zh = 三个代表 | 三个代表重要思想
en = three represents | important thought of the three represents | three represents important thought | three representative | three representation | important thinking of the three represents

[scientific-outlook-on-development]
categories = study:0.7
zh = 科学发展观 | 深入学习实践科学发展观
en = scientific outlook on development | scientific development concept | scientific development view | scientific concept of development | scientific view of development | scientific outlook of development | scientific concept on development | outlook on scientific development | scientific development outlook | scientific development perspective | scientific development idea

[marxist-theory]
categories = study:0.8
zh = 马克思主义 | 马列主义 | 毛泽东思想 | 邓小平理论 | 马克思主义理论
en = marxism | marxism-leninism | marxist theory | mao zedong thought | deng xiaoping theory | marxist | marxist-leninist | marx-leninism | thought of mao zedong | theory of deng xiaoping

[party-innovative-theory]
categories = study:0.8
zh = 创新理论 | 党的创新理论 | 理论创新成果
en = innovative theory | party's innovative theory | theoretical innovation achievement | new theory of the party | innovative theory of the party | party's theoretical innovation | theoretical innovation | achievement of theoretical innovation | theoretical innovation result | latest theoretical achievement | new theoretical achievement

[political-theory]
categories = study:0.7
zh = 政治理论 | 理论知识 | 政策理论
en = political theory | theoretical knowledge | policy theory | theory knowledge | knowledge of theory | policy and theory | political theoretical knowledge | political and theoretical knowledge | theoretical and political knowledge

[theoretical-level]
categories = study:0.7
zh = 理论水平 | 政治理论水平 | 理论素养 | 政策理论水平 | 理论功底
en = theoretical level | political theory level | theoretical literacy | theoretical accomplishment | policy and theoretical level | theoretical attainment | theory level | level of theory | theoretical standard | theoretical quality | theoretical cultivation | theoretical foundation | political theory standard | political and theoretical level | political theoretical level | level of political theory | level of policy and theory | policy theory level | theoretical skill | theoretical policy level

[political-quality]
categories = study:0.6
zh = 政治素质 | 思想素质 | 思想政治素质 | 政治素养 | 思想政治素养
en = political quality | ideological quality | ideological and political quality | political literacy | political accomplishment | political caliber | political calibre | political and ideological quality | ideological political quality | thought quality | quality of thought | ideological literacy | ideological and political literacy | political and ideological literacy | political cultivation | political attainment

[political-awareness]
categories = study:0.6
zh = 思想觉悟 | 政治觉悟 | 思想认识 | 政治敏锐性
en = ideological awareness | political awareness | ideological understanding | political sensitivity | ideological consciousness | political acumen | political sharpness | political alertness | political sensibility | ideological cognition | ideological recognition | thinking awareness

[political-stance]
categories = study:0.6
zh = 政治站位 | 政治判断力 | 政治领悟力 | 政治执行力 | 政治三力
en = political position | political stance | political judgment | political understanding | political execution | political judgement | political standpoint | political standing | political comprehension | political insight | political executive power | political executive ability | political implementation | three political ability | three political capability | three political force

[arm-the-mind]
categories = study:1.0
zh = 武装头脑 | 理论武装 | 武装思想 | 用理论武装
en = arm the mind | arm the brain | arm the head | theoretical armament | arm our mind | arm with theory | theoretical arming | theory arming | ideological arming | arm their mind | arm their brain | arm their head | arm our brain | arm our head | arm our thought | arm the thought | arm the thinking | arm our thinking | arm themselves with | arm ourselves with | arm oneself with | ideological armament | theory armament | use theory to arm

[ideological-building]
categories = study:1.0
zh = 思想建设 | 思想政治建设 | 思想理论建设 | 政治建设
en = ideological construction | ideological building | ideological and political construction | ideological and theoretical construction | political construction | political building | ideology construction | ideology building | construction of ideology | ideological political construction | thought construction | thought building | construction of thought | ideological and political building | ideological and theoretical building | political and ideological construction | political and ideological building

[ideological-education]
categories = study:1.0
zh = 思想教育 | 思想政治教育 | 政治思想教育
en = ideological education | ideological and political education | political and ideological education | ideology education | education of ideology | thought education | ideological political education | political ideological education | thought and political education | political education | education in ideology

[ideological-political-work]
categories = study:0.6
zh = 思想政治工作 | 政治思想工作 | 思想工作
en = ideological and political work | political and ideological work | ideological work | ideological political work | political ideological work | thought work | thought and political work | ideology work

[ideals-and-beliefs]
categories = study:0.8
zh = 理想信念 | 理想信念教育 | 坚定信念 | 信仰信念 | 信仰 | 筑牢信仰 | 信仰之基 | 精神之钙 | 补钙壮骨 | 总开关
en = ideal and belief | ideal and conviction | firm belief | faith and belief | ideal belief | ideal and faith | ideal conviction | belief in ideal | firm faith | firm conviction | strengthen belief | strengthen faith | belief and faith | faith and conviction | communist ideal | communist belief | communist faith | communist conviction | lofty ideal | spiritual calcium | calcium of the spirit | master switch
unless = 宗教信仰 | 信仰自由

[unify-thinking]
categories = study:0.4
zh = 统一思想 | 凝聚共识 | 提高认识 | 达成共识
en = unify thinking | unification of ideas | unify thought | build consensus | raise awareness | reach consensus | unify idea | unify ideology | unify understanding | unify mind | unification of thought | unification of thinking | gather consensus | pool consensus | condense consensus | form consensus | consensus building | raise understanding | improve understanding | enhance understanding | improve awareness | unify their thinking | unify our thinking | built consensus

[emancipate-the-mind]
categories = study:0.4
zh = 解放思想 | 转变观念 | 更新观念 | 与时俱进
en = emancipate the mind | change concepts | update concepts | change of concept | keep pace with the times | emancipate thinking | emancipation of the mind | emancipate the thought | emancipate our mind | liberate thinking | liberate the mind | liberate thought | change idea | change ideas and concepts | change mindset | update idea | renew concept | renew idea | update mindset | update thinking | transform concept | change of idea | advance with the times | keep up with the times | move with the times | progress with the times | kept pace with the times | kept up with the times

[four-consciousnesses]
categories = study:0.8, discipline:0.2
zh = 四个意识 | 政治意识 | 大局意识 | 核心意识 | 看齐意识 | 增强四个意识
en = four consciousnesses | four awarenesses | four senses | four kinds of consciousness | political consciousness | overall situation awareness | core consciousness | alignment consciousness | sense of the overall situation | four kinds of awareness | overall situation consciousness | awareness of the overall situation | consciousness of the overall situation | big picture awareness | sense of the big picture | core awareness | awareness of the core | consciousness of the core | sense of the core | alignment awareness | awareness of alignment | consciousness of alignment | sense of alignment | consciousness of keeping in line | awareness of keeping in line

[four-confidences]
categories = study:0.8
zh = 四个自信 | 坚定四个自信 | 道路自信 | 理论自信 | 制度自信 | 文化自信
en = four confidences | four self-confidences | confidence in the path | confidence in the theory | confidence in the system | cultural confidence | confidence in the road | road confidence | path confidence | theoretical confidence | theory confidence | institutional confidence | system confidence | confidence in culture | culture confidence | confidence in our path | confidence in our theory | confidence in our system | confidence in our culture | four kinds of confidence | cultural self-confidence | confidence in the institution

[two-upholds]
categories = study:0.7, discipline:0.3
zh = 两个维护 | 做到两个维护
en = two safeguards | two upholds | two maintenances | two maintains | two protection | two protect | two defend | two defence | two defense | two firmly safeguard | two resolute safeguard | safeguard the core position | uphold the core position | safeguard the core status | uphold the core status | maintain the core status | maintain the core position | centralized and unified leadership | centralized unified leadership | centralised and unified leadership

[two-establishes]
categories = study:0.7
zh = 两个确立
en = two establishment | two establishes | two affirmation | two confirmation

[three-stricts-three-steadies]
categories = study:0.8, discipline:0.5
zh = 三严三实 | 三严三实专题教育
en = three stricts and three steadies | three strict and three realities | three stricts and three earnests | three strict and three solid | three stricts and three honests | three strict and three real | three strict and three practical | three strict three solid | three strict three real | three strict three practical | three strictness and three solidness | three severe and three practical | three severe and three real | three strictness and three realities

[mass-line-education-campaign]
categories = study:0.8, mass_work:0.4
zh = 群众路线教育实践活动 | 党的群众路线教育实践活动 | 教育实践活动
en = mass line education and practice activity | mass line educational practice activity | mass line education practice | educational practice activity | education and practice activity | education practice activity | educational and practical activity | mass line education | mass line educational

[advanced-nature-education]
categories = study:0.8, member_development:0.3
zh = 先进性教育 | 保持共产党员先进性教育 | 先进性教育活动
en = advanced nature education | education on the advanced nature | advancedness education | education to maintain the advanced nature | advanced nature of party members | progressiveness education | education on progressiveness | advanced nature | advancedness | progressiveness of party member | progressiveness of communist party member | keep the advanced nature | maintain the advanced nature | kept the advanced nature

[party-spirit-education]
categories = study:0.8, discipline:0.3
zh = 党性教育 | 党性修养 | 党性锻炼 | 党性观念 | 党性
en = party spirit education | party spirit cultivation | party spirit | party character | party nature | party consciousness | partisanship

[purpose-education]
categories = study:0.5, mass_work:0.3
zh = 宗旨教育 | 宗旨意识 | 根本宗旨
en = purpose education | sense of purpose | purpose awareness | fundamental purpose | tenet education | tenet awareness | awareness of tenet | fundamental tenet | fundamental aim | purpose consciousness | awareness of purpose | purpose of the party | party's purpose

[party-member-education]
categories = study:0.8, member_development:0.4
zh = 党员教育 | 党员教育培训 | 党员培训 | 党员学习
en = party member education | education of party member | party member training | education and training of party member | party member learning | party member study | training for party member | training of party member | education for party member | educate party member | train party member | education of member | member education

[party-constitution]
categories = study:0.7, discipline:0.3
zh = 党章 | 学党章 | 党章学习 | 学习党章
en = party constitution | party charter | study the party constitution | constitution of the party | cpc constitution | constitution of the cpc | charter of the party | party statute

[read-original-works]
categories = study:0.8
zh = 读原著 | 学原文 | 悟原理 | 原著原文
en = read the original works | study the original text | understand the principle | original works | read the original | learn the original | study the original | read classic | comprehend the principle | grasp the principle | original work and text | original text and work | understood the principle

[study-thoroughly]
categories = study:0.6
zh = 学深悟透 | 入脑入心 | 学懂弄通做实 | 真学真懂真信真用 | 学思践悟
en = learn deeply | understand thoroughly | into the brain and heart | study thoroughly | learn and understand thoroughly | enter the brain and the heart | study in depth | learn in depth | study deeply | in-depth study | in-depth learning | into the mind and heart | into the heart and mind | enter the mind and the heart | learn thoroughly | understood thoroughly

[apply-learning]
categories = study:0.6
zh = 学以致用 | 知行合一 | 学用结合 | 以学促干
en = apply what is learned | unity of knowledge and action | combine learning with application | apply learning to practice | learn for application | apply what has been learned | apply what they have learned | apply what we have learned | apply what they learned | apply learning | unity of knowing and doing | integration of knowledge and action | combination of learning and application | combine learning and practice | combine study with practice | promote work by learning | promote work through study | promote work through learning | learn to promote work | study to promote work | put what is learned into practice | put learning into practice | integrate learning with practice | learning and application | study and application

[core-socialist-values]
categories = study:0.6
zh = 社会主义核心价值观 | 核心价值观 | 社会主义核心价值体系
en = core socialist values | socialist core values | core values | socialist core value system | core value of socialism | core value system of socialism | core socialist value system | socialist core value outlook | socialist core value view

[chinese-dream]
categories = study:0.5
zh = 中国梦 | 中华民族伟大复兴
en = chinese dream | china dream | great rejuvenation of the chinese nation | great rejuvenation | great revival of the chinese nation | great renewal of the chinese nation | rejuvenation of the chinese nation | national rejuvenation | great national rejuvenation | dream of the chinese nation | chinese nation's great rejuvenation

[xuexi-qiangguo]
categories = study:1.0
zh = 学习强国 | 学习强国平台 | 学习积分
en = xuexi qiangguo | study strong country | learning power | learning to strengthen the country | study to strengthen the country | strong country learning | learning strong country | xuexiqiangguo | learning strong nation | study strong nation | learning to strengthen the nation | study to strengthen the nation | learning powerful country | study powerful country | learning point | study point

[online-learning]
categories = study:0.8
zh = 网络学习 | 在线学习 | 网上学习 | 线上学习 | 网络培训 | 共产党员网 | 党建网
en = online learning | online study | network learning | internet learning | online training | learning online | network study | internet study | e-learning | web learning | network training | internet training | learning on the internet | communist party member network | communist party member website | party building network | party building website | party member website

[distance-education]
categories = study:0.7
zh = 远程教育 | 党员远程教育 | 现代远程教育 | 电化教育 | 远程教育站点
en = distance education | remote education | modern distance education | audio-visual education | electrified education | remote education site | long-distance education | party member distance education | party member remote education | distance education station | remote education station | distance education terminal | remote education terminal

[lectures-and-briefings]
categories = study:0.7
zh = 专题讲座 | 辅导报告 | 专题辅导报告 | 宣讲 | 宣讲会 | 宣讲团 | 理论宣讲 | 初心讲堂
en = special lecture | tutorial report | counselling report | guidance report | propaganda lecture | preach | preaching group | theoretical preaching | lecture | counseling report | tutorial lecture | publicize and explain | propagate and explain | theoretical propaganda | theory publicity | theoretical publicity | original aspiration lecture hall | original aspiration forum

[reading-activities]
categories = study:0.4
zh = 读书活动 | 读书会 | 读书班 | 读书节 | 好书推荐 | 读书分享 | 读书分享会
en = reading activity | reading club | book club | reading class | reading festival | book recommendation | reading salon | reading group | reading session | reading meeting | reading month | reading week | reading day | book reading | book sharing | reading sharing | reading and sharing | good book recommendation | recommend good book

[study-exchange]
categories = study:0.5
zh = 学习交流 | 交流研讨 | 讨论交流 | 交流发言 | 研讨发言 | 学习讨论
en = learning exchange | study exchange | discussion and exchange | exchange and discussion | exchange speech | study and discussion | study and exchange | learning and exchange | exchange of learning | exchange study | exchange and study | discuss and exchange | seminar and exchange | seminar speech | discussion speech | learning discussion | study discussion | learning and discussion | learning sharing | study sharing | share learning experience

[study-system]
categories = study:0.8
zh = 学习制度 | 学习考勤 | 学习档案 | 学习考勤制度
en = learning system | study system | study attendance | learning archive | learning attendance system | learning archive system | study regulation | learning regulation | study rule | learning rule | study attendance system | attendance of study | study check-in | learning check-in | study record | learning record | study file | learning file | study archive | study mechanism | learning mechanism | system of study | system of learning

[study-day]
categories = study:0.9
zh = 学习日 | 政治学习日 | 主题学习日 | 周学习日 | 集中学习日
en = study day | learning day | political study day | theme study day | weekly study day | day of study | day of learning | party member study day | party member learning day

[collective-study]
categories = study:0.9
zh = 集中学习 | 集体学习 | 集中学习与个人自学 | 个人自学 | 自学 | 集中研讨 | 集体研讨
en = centralized study | collective study | concentrated study | centralized learning | collective learning | self-study | individual study | self-learning | centralised study | centralised learning | concentrated learning | focused study | intensive study | personal study | individual learning | self-taught | unified study | organized study | organised study | organized learning | organised learning | centralized discussion | concentrated discussion | collective discussion and study

[learning-oriented]
categories = study:0.8, member_development:0.3
zh = 学习型 | 学习型党组织 | 学习型组织 | 学习型支部 | 学习型党支部 | 学习型领导班子
en = learning-oriented | learning organization | learning party organization | learning-type | learning party branch | learning-oriented party organization | learning-oriented team | learning organisation | learning party organisation | learning-based | study-oriented | study-type

[red-education]
categories = study:0.6
zh = 红色教育 | 红色基因 | 红色教育基地 | 革命传统教育 | 爱国主义教育基地 | 红色资源 | 红色文化 | 纪念馆 | 红色电影 | 革命旧址 | 烈士陵园 | 红色故事
en = red education | red gene | red education base | revolutionary tradition education | patriotic education base | red resource | red culture | revolutionary tradition | revolutionary memorial hall | memorial hall | red film | red movie | revolutionary site | revolutionary old site | martyrs cemetery | red story | red tourism | red educational base | revolutionary education | revolutionary traditional education | education of revolutionary tradition | patriotism education base | red scenic spot | red site | red tourist attraction | red tour | red cultural | memorial museum | revolutionary museum | cemetery of martyrs | martyr tomb | martyr monument | monument to the martyrs | monument to revolutionary martyrs | revolutionary martyr | revolutionary base | revolutionary former site | former revolutionary site | former site of the revolution | red classic | red song | red spirit | red training base | red memorial

[patriotic-education]
categories = study:0.4
zh = 爱国主义教育 | 爱国主义 | 爱国情怀 | 国情教育
en = patriotic education | patriotism education | patriotism | patriotic feeling | national condition education | patriotic educational | love the motherland | love for the motherland | patriotic spirit | spirit of patriotism | patriotic sentiment | education on national condition

[study-visits]
categories = study:0.5
zh = 参观学习 | 现场教学 | 实地参观 | 参观考察 | 外出学习
en = visit and study | on-site teaching | field visit | study visit | site visit | study tour | visit and learn | on-site education | field teaching | site teaching | on-the-spot teaching | study trip | learning trip | learning tour | go out to study | go out to learn | on-site learning | on-site study | field learning | field study | visit to study | went out to study | went out to learn

[knowledge-contests]
categories = study:0.5
zh = 知识竞赛 | 知识测试 | 知识答题 | 应知应会 | 学习测试 | 闭卷测试
en = knowledge contest | knowledge competition | knowledge test | knowledge quiz | closed-book test | must-know knowledge | knowledge examination | knowledge exam | quiz contest | quiz competition | knowledge answering | answer contest | question-answering contest | closed-book exam | closed-book examination | open-book test | open-book exam | learning test | study test | study exam | learning exam | should-know knowledge

[situation-and-policy-education]
categories = study:0.7
zh = 形势政策教育 | 形势教育 | 形势与政策 | 方针政策 | 路线方针政策
en = situation and policy education | situation education | situation and policy | guidelines and policies | principles and policies | education on situation and policy | situation policy education | form and policy | situation and task education | policy and guideline | policies and principles | line principle and policy | line guideline and policy | guiding principle and policy | guideline principle and policy

[party-newspapers]
categories = study:0.5
zh = 党报党刊 | 党员读物 | 学习专栏 | 宣传栏 | 黑板报 | 学习园地 | 宣传橱窗 | 宣传阵地 | 宣传标语
en = party newspapers and periodicals | party newspaper | party periodical | learning column | publicity column | bulletin board | propaganda column | propaganda board | propaganda window | publicity board | publicity window | blackboard newspaper | blackboard bulletin | wall newspaper | party journal | party magazine | party publication | study column | reading for party member | blackboard report | learning garden | study corner | publicity position | propaganda position | publicity slogan | propaganda slogan

[staff-political-study]
categories = study:0.6
zh = 教职工学习 | 教工学习 | 职工学习 | 全员学习 | 全员培训
en = staff learning | faculty learning | faculty and staff learning | staff study | full staff training | all-staff learning | faculty study | faculty and staff study | employee learning | employee study | worker study | worker learning | all-staff study | full staff learning | full staff study | whole staff study | whole staff learning | all-staff training | all employee training

[party-anniversary]
categories = study:0.3, member_development:0.3
zh = 建党节 | 七一 | 建党周年 | 建党100周年 | 建党一百周年 | 建党95周年 | 建国70周年
en = founding of the communist party of china | anniversary of the founding of the party | anniversary of the founding of the communist party | july 1st | founding of the party | party's birthday | 100th anniversary of the founding | party's founding day | founding anniversary of the party | july 1 | july first | 1st of july | anniversary of the founding of the cpc | centenary of the party | party's centenary | centenary of the founding | 70th anniversary of the founding of new china | founding of new china | party's 100th birthday

# ---------------------------------------------------------------------------
# Ideology work, propaganda, earnest study, films, ideological guidance
# ---------------------------------------------------------------------------

[ideology-work]
categories = study:0.8
zh = 意识形态 | 意识形态工作 | 意识形态工作责任制 | 意识形态阵地 | 网络意识形态 | 宣传思想工作 | 宣传思想文化工作 | 思想阵地 | 舆论引导 | 正面宣传
en = ideology | ideological field | ideological position | ideological front | ideological sphere | responsibility system for ideological work | ideological work responsibility system | online ideology | network ideology | cyber ideology | propaganda and ideological work | publicity and ideological work | ideological and propaganda work | ideological and cultural work | guidance of public opinion | public opinion guidance | positive publicity | positive propaganda
unless = 宗教意识形态

[publicize-policies]
categories = study:0.5
zh = 宣传党的方针政策 | 宣传党的政策 | 宣传党的路线方针政策 | 政策宣传 | 宣传教育 | 宣传学习 | 宣讲党的政策 | 理论宣传
en = publicize the party's policies | publicize the party's principles and policies | propagate the party's policies | propagate the party's principles and policies | publicize the policies of the party | policy publicity | policy propaganda | publicity and education | propaganda and education

[earnest-study]
categories = study:0.7
zh = 加强学习 | 自身学习 | 坚持学习 | 带头学习 | 深入学习 | 认真学习 | 系统学习 | 学习提高 | 勤于学习 | 主动学习 | 原原本本学 | 逐字逐句
en = strengthen study | strengthen learning | strengthen their study | strengthen our study | persist in learning | persist in studying | insist on learning | insist on studying | take the lead in learning | take the lead in studying | study earnestly | earnestly study | earnestly learn | conscientiously study | conscientiously learn | seriously study | study seriously | systematically study | systematic study | systematic learning | study hard | learn and improve | active learning | study word by word | word for word | grasp learning | grasp study
unless = 深入学习实践科学发展观

[education-films]
categories = study:0.7
zh = 党教片 | 电教片 | 党员教育片 | 教育片 | 专题片 | 党员电教
en = party education film | party educational film | educational film | education film | themed film | special film | organized viewing | organised viewing
unless = 警示教育片

[ideological-guidance]
categories = study:0.7
zh = 思想引领 | 政治引领 | 思想引导 | 价值引领 | 凝心铸魂 | 铸魂育人 | 铸魂 | 强化思想引领
en = ideological guidance | ideological leadership | political guidance | value guidance | value leadership | forge the soul | casting the soul | soul-casting | unite hearts and forge souls

[first-agenda-item]
categories = study:1.0
zh = 第一议题 | 第一议题制度 | 第一议题学习
en = first agenda item | first issue system | first agenda system | first topic system | first item on the agenda

# Winter training of party members (党员冬训): the annual concentrated study campaign of rural and community branches
[winter-training]
categories = study:1.0, member_development:0.3
zh = 党员冬训 | 冬训 | 冬春训 | 党员冬春训 | 冬训学习
en = winter training | winter training of party member | party member winter training | winter and spring training | winter study

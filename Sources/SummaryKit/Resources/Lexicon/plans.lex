# SummaryKit built-in lexicon — section `plans`
# Next steps (下一步工作打算 / 今后努力方向): plans, goals and measures for the coming period.
# Generic future-tense cues carry low weights: a summary's body also "will" and "plans".
# Format and provenance: see README.md in this folder.
# English forms are lowercase base forms; the matcher folds inflections.

[next-step]
categories = plans:1.0
zh = 下一步 | 下一步工作 | 下步 | 下一步打算 | 下一步工作打算 | 下一步工作计划 | 下一步工作思路
en = next step | next step plan | next step work | work plan for the next step | work for the next step | plans for the next step | next step work idea | next work | next work plan | work in the next step | work of the next step | work arrangement for the next step | next stage of work | next phase of work | subsequent work | next move

[next-year]
categories = plans:1.0
zh = 明年 | 来年 | 下一年 | 下一年度 | 下年度 | 明年工作 | 新年度
en = next year | the coming year | following year | next year's work | new year's work | year ahead | upcoming year | forthcoming year | work next year | work for next year | work in the coming year | work of the coming year | plan for the coming year | plan for next year | plan for the new year

[new-year]
categories = plans:0.9
zh = 新的一年 | 新一年 | 新的一年里 | 新年伊始
en = new year | in the new year | at the beginning of the new year | start of the new year | at the start of the new year
unless = new year's day | new year party | new year's eve | new year greeting | new year gala | new year celebration | new year gathering

[next-term]
categories = plans:0.9
zh = 新学期 | 下学期 | 新学年 | 下一阶段 | 下阶段 | 下一学年 | 下一个阶段
en = next semester | new semester | new school year | next stage | next phase | next school year | next term | new academic year | next academic year | coming semester | upcoming semester | next school term | following semester | following stage | next period | coming period | period ahead | next round

[in-the-future]
categories = plans:0.9
zh = 今后 | 今后工作 | 今后一个时期 | 今后一段时间 | 在今后的工作中 | 今后的工作
en = in the future | future work | from now on | in the days to come | going forward | in the future work | in the coming period | in the coming days | in the time to come | in the coming time | for some time to come | for a period of time to come | in a period of time to come | in the period ahead | in the next period | henceforth | moving forward | work in the future | future direction | future efforts | efforts in the future | work ahead | road ahead | way ahead | in the next few years | next few years | next three years | next five years | years to come | in the years to come

[future-generic]
categories = plans:0.4
zh = 未来 | 将来 | 以后 | 往后
en = future | later on | hereafter

[work-plan]
categories = plans:0.9
zh = 工作计划 | 工作打算 | 打算 | 工作要点 | 工作安排 | 计划安排 | 工作设想 | 下一步思路
en = work plan | work arrangement | work point | intend | intention | work assumption | plan of work | work thinking | ideas for next year | ideas for the next step | work programme | work program | work schedule | arrangement of work | work deployment | work conception | ideas of work | work thoughts | idea for the coming year | ideas for the new year | plans and arrangements | plans and ideas | ideas and plans | plans and measures | plans and suggestions | plans and prospects | plan and outlook | plans and goals | goals and plans | we plan | we intend | our plan | main plan | general plan | annual plan | annual work plan | work plan for the year | working key points | main points of work | key points of work

[plan-generic]
categories = plans:0.5
zh = 计划 | 规划 | 工作规划 | 中长期规划
en = plan | programme | long-term plan | medium and long-term plan | medium-term plan | short-term plan | mid-term plan | development plan | overall plan
unless = 计划生育 | 学习计划 | 培训计划 | implementation plan | family planning | study plan | learning plan | training plan

[plan-to]
categories = plans:0.7
zh = 拟于 | 计划于 | 将于 | 拟定于 | 准备于 | 计划在
en = plan to | intend to | prepare to | be scheduled to | be scheduled for | be going to | scheduled to | scheduled for | expected to | hope to | it is planned | planned for | proposed to

[direction-of-efforts]
categories = plans:1.0
zh = 努力方向 | 今后努力方向 | 工作方向 | 奋斗方向 | 今后的努力方向 | 前进方向 | 发展方向
en = direction of efforts | direction for efforts | efforts direction | direction of work | direction of struggle | direction of future efforts | development direction | direction of development | way forward | direction of our efforts | direction for future efforts | future direction of efforts | direction of future work | direction for future work | direction for the future | direction of endeavor | direction of endeavour | direction of striving | direction to strive | striving direction | goals and directions | direction and goals | direction of hard work | hard work direction | working direction | direction of next step | next direction | direction of progress | forward direction | direction of advance | road forward | path forward

[goals]
categories = plans:0.4
zh = 目标 | 工作目标 | 目标任务 | 总体目标 | 奋斗目标 | 发展目标 | 年度目标
en = goal | objective | target | overall goal | work goal | goal of struggle | development goal | annual goal | target task | goal and task | objectives and tasks | tasks and goals | overall objective | overall target | general goal | general objective | main goal | main objective | main target | specific goal | specific target | specific objective | work objective | work target | annual target | annual objective | yearly goal | goal for the year | development objective | struggle goal | goal to strive for | expected goal | expected target | target requirement | goals and requirements | objectives and requirements
unless = development target | training objective

[measures]
categories = plans:0.4
zh = 措施 | 主要措施 | 具体措施 | 工作措施 | 举措 | 有力措施 | 保障措施
en = measure | concrete measure | main measure | specific measure | working measure | safeguard measure | effective measure | major measure | key measure | practical measure | powerful measure | forceful measure | strong measure | vigorous measure | solid measure | feasible measure | targeted measure | specific step | concrete step | practical step | methods and measures | measures and methods | ways and means | countermeasure | countermeasures and suggestions | suggestions and countermeasures | support measure | innovative measure | action plan
unless = 帮扶措施 | 整改措施 | 改进措施 | assistance measure | rectification measure | improvement measure | corrective measure

[key-tasks]
categories = plans:0.4
zh = 重点工作 | 主要任务 | 工作重点 | 重点任务 | 工作思路 | 总体思路
en = key work | main task | key task | focus of work | work focus | priority | work idea | general idea | overall thinking | major tasks | key priorities | work priorities | priority work | priority tasks | work thoughts and measures | general thinking | overall idea | overall approach | general requirements | overall requirements | guiding ideology | guiding thought | ideas and measures | thoughts and measures | ideas and practices | basic idea | main ideas | specific ideas

[improvement-measures]
categories = plans:1.0, shortcomings:0.4
zh = 改进措施 | 整改措施 | 整改方向 | 改进方向 | 努力改进 | 改进的措施 | 整改计划
en = improvement measure | rectification measure | corrective measure | direction for improvement | improvement direction | measures for improvement | rectification plan | measures to improve | measures of improvement | improvement plan | plan for improvement | rectification scheme | plan for rectification | measures for rectification | corrective action | remedial measure | ways to improve | way of improvement | direction for rectification | rectification direction | direction of rectification | direction of improvement | improvement idea | idea for improvement | earnestly rectify | conscientiously rectify | rectify seriously | seriously rectify

[will-continue]
categories = plans:0.9
zh = 将继续 | 我们将继续 | 要继续 | 将一如既往 | 仍将 | 将坚持 | 继续坚持
en = will continue | we will continue | will keep on | will persist in | will adhere to | will stick to | continue to adhere to | shall continue | will keep | will go on | will carry on | will persist | will persevere | will insist on | will always | will as always | will as before | continue to insist | continue to persist | continue to stick to | continue to uphold | keep adhering | keep insisting | branch will continue | will still | will remain | will maintain | will uphold | will firmly | will unswervingly | will resolutely | will never slacken

[continue-to-do-well]
categories = plans:0.7
zh = 继续做好 | 继续抓好 | 继续深化 | 继续推进 | 持续推进 | 继续加强 | 持续深化
en = continue to do a good job | continue to deepen | continue to promote | keep advancing | continue to strengthen | continue to improve | continue to carry out | continue to do well | continue to grasp | continue to focus on | continue to advance | continue to push forward | continue to enhance | continue to consolidate | continue to expand | continue to implement | continue to carry forward | continue to give full play | continue to optimize | continue to perfect | continue to explore | continue to innovate | keep deepening | keep strengthening | keep improving

[continue-generic]
categories = plans:0.3
zh = 继续 | 持续
en = continue | keep on

[will-further]
categories = plans:0.8
zh = 将进一步 | 要进一步 | 还将 | 将更加 | 将着力 | 将重点
en = will further | will go one step further | go one step further | will focus on | will make more effort | will strengthen | will improve | will go further | shall further | will step up | will intensify | will increase | will enhance | will focus | will concentrate on | will make efforts | will make greater efforts | will make every effort | will spare no effort | will work hard | will strive | will endeavor | will endeavour | will try | will do our best | will do a good job | will do well | will earnestly | will conscientiously | will vigorously | will actively | will comprehensively | will fully | will effectively | will promote | will advance | will push forward | will deepen | will expand | will explore | will establish | will build | will set up | will carry out | will implement | will launch | will organize | will organise | will hold | will develop | will optimize | will perfect | will consolidate | will strictly | will pay attention | will pay more attention | will attach importance | will attach great importance | will give priority | will take | will ensure | will put | will be further | will be strengthened | will be improved | will be carried out | will be held | will be launched | will be organized | will be implemented | will be established | will be completed

[we-will]
categories = plans:0.5
zh = 我们将 | 我们要 | 我将 | 我们一定 | 我们必须 | 本人将
en = we will | we shall | i will | we must | we should | i shall | we plan to | we intend to | we are going to | we'll | branch will | party branch will | general branch will | committee will | let us | we need to | we have to | we ought to | we are determined

[further-strengthen]
categories = plans:0.4
zh = 进一步加强 | 进一步提高 | 进一步完善 | 进一步推进 | 进一步深化 | 进一步强化 | 进一步提升 | 进一步规范
en = further strengthen | further improve | further enhance | further promote | further perfect | further deepen | further standardize | further consolidate | further standardise | further optimize | further optimise | further expand | further broaden | further intensify | further increase | further raise | further upgrade | further refine | further implement | further tighten | further regulate | further clarify | further give full play | further explore | further innovate | further solidify | further build | further advance | further carry out | further develop | further highlight | strengthen further | improve further | enhance further | deepen further | promote further | make further efforts | further efforts

[strive-to]
categories = plans:0.5
zh = 力争 | 争取 | 努力实现 | 力求 | 务求 | 努力做到 | 争创
en = strive to | strive for | endeavor to | endeavour to | strive to achieve | try to | aim to | aim at | aim for | strive hard | make efforts to | make every effort to | do our best to | try our best to | try hard to | make great efforts to | spare no effort to | seek to | do everything possible to | make unremitting efforts
unless = 争取群众 | strive for excellence

[new-level]
categories = plans:0.5
zh = 再上新台阶 | 新台阶 | 再创佳绩 | 更上一层楼 | 新的更大成绩 | 开创新局面 | 新局面
en = reach a new level | new level | new height | achieve better results | next level | new situation | new stage | create a new situation | to a higher level | new starting point | new journey | new chapter | write a new chapter | open a new chapter | new glory | create new glory | create new brilliance | new brilliance | new splendor | scale new heights | reach new heights | go up a new level | step up to a new level | bright future | brighter future | better tomorrow

[contribute-more]
categories = plans:0.6
zh = 做出应有的贡献 | 作出应有的贡献 | 新的更大贡献 | 做出新的更大贡献 | 作出新的更大贡献 | 更大的贡献 | 应有的贡献
en = make due contribution | due contribution | make new and greater contribution | greater contribution | new and greater contribution | make a greater contribution | make contributions | make new contributions | make more contributions | contribute more | more contributions | contribute our strength | contribute strength | contribute our share | contribute its strength | contribute wisdom and strength | make our own contribution | new contribution | deserved contribution | proper contribution

[outlook]
categories = plans:0.8
zh = 展望 | 展望未来 | 展望新的一年 | 展望明年 | 瞻望
en = look ahead | look forward | outlook | look into the future | look forward to the new year | look to the future | prospect for the coming year | facing the future | outlook for the future | future outlook | future prospects | outlook for next year | outlook for the coming year | prospect for next year | stand at a new starting point | at the new starting point | envision | envisage

[vision]
categories = plans:0.5
zh = 愿景 | 设想 | 构想 | 初步设想 | 前景 | 蓝图
en = vision | conception | tentative plan | preliminary plan | prospect | blueprint | preliminary idea | tentative idea | preliminary thought | preliminary conception | initial idea | initial plan | initial thought | rough idea | grand blueprint | beautiful blueprint | beautiful vision | bright prospect | broad prospect | development prospect | future blueprint

[deploy]
categories = plans:0.4
zh = 部署 | 谋划 | 统筹谋划 | 安排部署 | 提前谋划 | 周密部署
en = deploy | deployment | overall arrangement | make arrangements | plan ahead | plan in advance | arrangement and deployment | plan as a whole | plan and deploy | planning and deployment | plan and arrange | make arrangements and deployments | careful planning | meticulous planning | meticulous deployment | plan early | early planning | advance planning | forward planning | top-level design | make plans | map out | chart the course | overall consideration

[schedule]
categories = plans:0.5
zh = 时间表 | 路线图 | 任务书 | 计划表 | 任务清单 | 时间节点 | 进度安排
en = timetable | roadmap | task list | time node | schedule of tasks | time frame | road map | route map | list of tasks | task book | task sheet | time table | time schedule | timeline | timeframe | progress schedule | schedule of progress | progress arrangement | schedule arrangement | plan table

[determination]
categories = plans:0.3
zh = 决心 | 下定决心 | 一定要 | 一定能够 | 确保 | 坚决 | 务必
en = determination | determined to | make sure | ensure | be sure to | be determined | resolutely

[fourteenth-five-year-plan]
categories = plans:0.4
zh = 十四五 | 十五五 | 十四五规划 | 远景目标 | 二〇三五年 | 2035年远景目标
en = 14th five-year plan | fourteenth five-year plan | 15th five-year plan | long-term goal | long-range objective | vision for 2035 | 14th 5-year plan | 14th five-year | fourteenth five-year | fifteenth five-year plan | 15th five-year | long-range goal | long-term objective | vision 2035 | 2035 | goals for 2035 | second centenary goal | two centenary goals | two centenaries

[resolve-to-improve]
categories = plans:0.8
zh = 努力克服 | 认真加以改进 | 切实加以改进 | 加以改进 | 认真整改 | 扬长避短 | 改进不足 | 克服不足
en = strive to overcome | make improvement | earnestly improve | correct the shortcoming | overcome shortcoming | improve the shortcoming | carry forward strengths and avoid weaknesses | strive to correct | strive to rectify | earnestly overcome | conscientiously overcome | overcome deficiency | overcome weakness | overcome problem | correct the deficiency | remedy the shortcoming | rectify the shortcoming | conscientiously improve | seriously improve | improve earnestly | improve conscientiously | earnestly correct | conscientiously correct | seriously correct | foster strengths and circumvent weaknesses | give play to strengths and avoid weaknesses | develop strengths and avoid weaknesses | bring strengths into play and avoid weaknesses | maximize strengths and minimize weaknesses | carry forward advantages and overcome shortcomings | take measures to solve | take measures to improve | earnestly solve | conscientiously solve | seriously solve

[summary-and-outlook]
categories = plans:0.5
zh = 总结经验 | 总结经验教训 | 发扬成绩 | 巩固成果 | 再接再厉 | 继往开来 | 乘势而上
en = sum up experience | summarize experience | carry forward achievements | consolidate achievement | make persistent efforts | build on past success | carry on the past and open up the future | continue to make efforts | summarise experience | sum up the experience and lessons | summarize experience and lessons | carry forward results | consolidate the results | consolidate and expand | consolidate and improve | consolidate and deepen | make continued efforts | redouble our efforts | redouble efforts | keep up the good work | continue to work hard | build on the past | inherit the past and usher in the future | link the past and the future | take advantage of the momentum | seize the momentum | ride the momentum | build on the momentum | forge ahead | march forward | press ahead | push ahead | work harder | make still greater efforts | never slacken

[focus-ahead]
categories = plans:0.5
zh = 重点抓好 | 着力抓好 | 重点做好 | 着重抓好 | 突出抓好
en = focus on doing a good job | concentrate on doing well | focus on doing well | pay special attention to doing well | do well the following | do a good job in the following | focus on the following | focus on grasping | concentrate on grasping | focus on doing | give priority to | pay close attention to doing

[confidence-in-future]
categories = plans:0.4
zh = 坚信 | 有理由相信 | 充满信心 | 满怀信心 | 信心百倍
en = we firmly believe | we have reason to believe | full of confidence | firmly believe | with full confidence | we believe | i believe | we are confident | we are convinced | have confidence | have full confidence | brimming with confidence | filled with confidence | confidently | with great confidence | reason to believe | will certainly | will surely | will definitely | certainly be able to | definitely be able to

[problems-and-measures]
categories = plans:1.0, shortcomings:1.0
zh = 问题及对策 | 问题和对策 | 问题及措施 | 问题和措施 | 问题及整改措施 | 不足及改进措施 | 问题与打算 | 问题和打算 | 不足和打算
en = problems and countermeasures | problems and measures | problems and ideas | problems and next steps | shortcomings and next steps | deficiencies and direction | problems and plans | problems and solutions | problems and thoughts | problems and directions | problems and suggestions | problems and improvement measures | problems and rectification measures | problems and corrective measures | problems and next step plans | problems and next year's plans | problems and plans for next year | problems and future plans | problems and future work | problems and work plans | problems and work ideas | problems and ideas for next year | existing problems and next step | existing problems and plans | existing problems and measures | existing problems and improvement measures | existing problems and rectification measures | existing problems and countermeasures | existing problems and future plans | existing problems and work plans | shortcomings and improvement measures | shortcomings and plans | shortcomings and measures | shortcomings and future work | shortcomings and direction | shortcomings and directions for efforts | shortcomings and improvement direction | shortcomings and rectification measures | deficiencies and improvement measures | deficiencies and plans | deficiencies and next steps | deficiencies and measures | deficiencies and direction of efforts | weaknesses and plans | gaps and directions | insufficiencies and plans | problems and reflections | reflections and plans

# ---------------------------------------------------------------------------
# Requirements raised at a meeting (directives reported in news and speeches)
# ---------------------------------------------------------------------------

[requirements-raised]
categories = plans:0.6
zh = 提出要求 | 提出了要求 | 几点要求 | 点要求 | 提出希望 | 提出了希望 | 殷切希望 | 寄予厚望 | 几点意见 | 强调要 | 强调指出 | 希望大家 | 希望全体 | 号召全体 | 接下来的工作 | 接下来将 | 接下来要
en = put forward requirement | put forward the following requirement | put forward several requirement | put forward specific requirement | set out requirement | raised requirement | made requirement | put forward hope | expressed the hope | earnest hope | ardent hope | earnest expectation | the following requirement | several requirement | stress the need to | emphasize the need to | emphasise the need to | underline the need to | call on all | urge all | in the next work
unless = 重点要求 | 难点要求

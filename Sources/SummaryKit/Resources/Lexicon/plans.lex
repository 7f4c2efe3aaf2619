# SummaryKit built-in lexicon — section `plans`
# Next steps (下一步工作打算 / 今后努力方向): plans, goals and measures for the coming period.
# Generic future-tense cues carry low weights: a summary's body also "will" and "plans".
# Format and provenance: see README.md in this folder.
# English forms are lowercase base forms; the matcher folds inflections.

[next-step]
categories = plans:1.0
zh = 下一步 | 下一步工作 | 下步 | 下一步打算 | 下一步工作打算 | 下一步工作计划 | 下一步工作思路
en = next step | next step plan | next step work | work plan for the next step | work for the next step

[next-year]
categories = plans:1.0
zh = 明年 | 来年 | 下一年 | 下一年度 | 下年度 | 明年工作 | 新年度
en = next year | the coming year | following year | next year's work | new year's work

[new-year]
categories = plans:0.9
zh = 新的一年 | 新一年 | 新的一年里 | 新年伊始
en = new year | in the new year | at the beginning of the new year
unless = new year's day | new year party | new year's eve

[next-term]
categories = plans:0.9
zh = 新学期 | 下学期 | 新学年 | 下一阶段 | 下阶段 | 下一学年 | 下一个阶段
en = next semester | new semester | new school year | next stage | next phase | next school year | next term

[in-the-future]
categories = plans:0.9
zh = 今后 | 今后工作 | 今后一个时期 | 今后一段时间 | 在今后的工作中 | 今后的工作
en = in the future | future work | from now on | in the days to come | going forward | in the future work | in the coming period

[future-generic]
categories = plans:0.4
zh = 未来 | 将来 | 以后 | 往后
en = future | later on | hereafter

[work-plan]
categories = plans:0.9
zh = 工作计划 | 工作打算 | 打算 | 工作要点 | 工作安排 | 计划安排 | 工作设想 | 下一步思路
en = work plan | work arrangement | work point | intend | intention | work assumption | plan of work | work thinking | ideas for next year | ideas for the next step

[plan-generic]
categories = plans:0.5
zh = 计划 | 规划 | 工作规划 | 中长期规划
en = plan | programme | long-term plan | medium and long-term plan
unless = 计划生育 | 学习计划 | 培训计划 | implementation plan | family planning | study plan | learning plan | training plan

[plan-to]
categories = plans:0.7
zh = 拟于 | 计划于 | 将于 | 拟定于 | 准备于 | 计划在
en = plan to | intend to | prepare to | be scheduled to | be scheduled for | be going to

[direction-of-efforts]
categories = plans:1.0
zh = 努力方向 | 今后努力方向 | 工作方向 | 奋斗方向 | 今后的努力方向 | 前进方向 | 发展方向
en = direction of efforts | direction for efforts | efforts direction | direction of work | direction of struggle | direction of future efforts | development direction | direction of development | way forward

[goals]
categories = plans:0.4
zh = 目标 | 工作目标 | 目标任务 | 总体目标 | 奋斗目标 | 发展目标 | 年度目标
en = goal | objective | target | overall goal | work goal | goal of struggle | development goal | annual goal | target task
unless = development target | training objective

[measures]
categories = plans:0.4
zh = 措施 | 主要措施 | 具体措施 | 工作措施 | 举措 | 有力措施 | 保障措施
en = measure | concrete measure | main measure | specific measure | working measure | safeguard measure | effective measure
unless = 帮扶措施 | 整改措施 | 改进措施 | assistance measure | rectification measure | improvement measure | corrective measure

[key-tasks]
categories = plans:0.4
zh = 重点工作 | 主要任务 | 工作重点 | 重点任务 | 工作思路 | 总体思路
en = key work | main task | key task | focus of work | work focus | priority | work idea | general idea | overall thinking

[improvement-measures]
categories = plans:1.0, shortcomings:0.4
zh = 改进措施 | 整改措施 | 整改方向 | 改进方向 | 努力改进 | 改进的措施 | 整改计划
en = improvement measure | rectification measure | corrective measure | direction for improvement | improvement direction | measures for improvement | rectification plan

[will-continue]
categories = plans:0.9
zh = 将继续 | 我们将继续 | 要继续 | 将一如既往 | 仍将 | 将坚持 | 继续坚持
en = will continue | we will continue | will keep on | will persist in | will adhere to | will stick to | continue to adhere to

[continue-to-do-well]
categories = plans:0.7
zh = 继续做好 | 继续抓好 | 继续深化 | 继续推进 | 持续推进 | 继续加强 | 持续深化
en = continue to do a good job | continue to deepen | continue to promote | keep advancing | continue to strengthen | continue to improve | continue to carry out

[continue-generic]
categories = plans:0.3
zh = 继续 | 持续
en = continue | keep on

[will-further]
categories = plans:0.8
zh = 将进一步 | 要进一步 | 还将 | 将更加 | 将着力 | 将重点
en = will further | will go one step further | go one step further | will focus on | will make more effort | will strengthen | will improve

[we-will]
categories = plans:0.5
zh = 我们将 | 我们要 | 我将 | 我们一定 | 我们必须 | 本人将
en = we will | we shall | i will | we must | we should | i shall

[further-strengthen]
categories = plans:0.4
zh = 进一步加强 | 进一步提高 | 进一步完善 | 进一步推进 | 进一步深化 | 进一步强化 | 进一步提升 | 进一步规范
en = further strengthen | further improve | further enhance | further promote | further perfect | further deepen | further standardize | further consolidate

[strive-to]
categories = plans:0.5
zh = 力争 | 争取 | 努力实现 | 力求 | 务求 | 努力做到 | 争创
en = strive to | strive for | endeavor to | endeavour to | strive to achieve | try to | aim to
unless = 争取群众 | strive for excellence

[new-level]
categories = plans:0.5
zh = 再上新台阶 | 新台阶 | 再创佳绩 | 更上一层楼 | 新的更大成绩 | 开创新局面 | 新局面
en = reach a new level | new level | new height | achieve better results | next level | new situation | new stage | create a new situation

[contribute-more]
categories = plans:0.6
zh = 做出应有的贡献 | 作出应有的贡献 | 新的更大贡献 | 做出新的更大贡献 | 作出新的更大贡献 | 更大的贡献 | 应有的贡献
en = make due contribution | due contribution | make new and greater contribution | greater contribution | new and greater contribution | make a greater contribution

[outlook]
categories = plans:0.8
zh = 展望 | 展望未来 | 展望新的一年 | 展望明年 | 瞻望
en = look ahead | look forward | outlook | look into the future | look forward to the new year | look to the future | prospect for the coming year

[vision]
categories = plans:0.5
zh = 愿景 | 设想 | 构想 | 初步设想 | 前景 | 蓝图
en = vision | conception | tentative plan | preliminary plan | prospect | blueprint | preliminary idea

[deploy]
categories = plans:0.4
zh = 部署 | 谋划 | 统筹谋划 | 安排部署 | 提前谋划 | 周密部署
en = deploy | deployment | overall arrangement | make arrangements | plan ahead | plan in advance | arrangement and deployment

[schedule]
categories = plans:0.5
zh = 时间表 | 路线图 | 任务书 | 计划表 | 任务清单 | 时间节点 | 进度安排
en = timetable | roadmap | task list | time node | schedule of tasks | time frame

[determination]
categories = plans:0.3
zh = 决心 | 下定决心 | 一定要 | 一定能够 | 确保 | 坚决 | 务必
en = determination | determined to | make sure | ensure | be sure to | be determined | resolutely

[fourteenth-five-year-plan]
categories = plans:0.4
zh = 十四五 | 十五五 | 十四五规划 | 远景目标 | 二〇三五年 | 2035年远景目标
en = 14th five-year plan | fourteenth five-year plan | 15th five-year plan | long-term goal | long-range objective | vision for 2035

[resolve-to-improve]
categories = plans:0.8
zh = 努力克服 | 认真加以改进 | 切实加以改进 | 加以改进 | 认真整改 | 扬长避短 | 改进不足 | 克服不足
en = strive to overcome | make improvement | earnestly improve | correct the shortcoming | overcome shortcoming | improve the shortcoming | carry forward strengths and avoid weaknesses

[summary-and-outlook]
categories = plans:0.5
zh = 总结经验 | 总结经验教训 | 发扬成绩 | 巩固成果 | 再接再厉 | 继往开来 | 乘势而上
en = sum up experience | summarize experience | carry forward achievements | consolidate achievement | make persistent efforts | build on past success | carry on the past and open up the future | continue to make efforts

[focus-ahead]
categories = plans:0.5
zh = 重点抓好 | 着力抓好 | 重点做好 | 着重抓好 | 突出抓好
en = focus on doing a good job | concentrate on doing well | focus on doing well | pay special attention to doing well

[confidence-in-future]
categories = plans:0.4
zh = 坚信 | 有理由相信 | 充满信心 | 满怀信心 | 信心百倍
en = we firmly believe | we have reason to believe | full of confidence | firmly believe | with full confidence

[problems-and-measures]
categories = plans:1.0, shortcomings:1.0
zh = 问题及对策 | 问题和对策 | 问题及措施 | 问题和措施 | 问题及整改措施 | 不足及改进措施 | 问题与打算 | 问题和打算 | 不足和打算
en = problems and countermeasures | problems and measures | problems and ideas | problems and next steps | shortcomings and next steps | deficiencies and direction | problems and plans

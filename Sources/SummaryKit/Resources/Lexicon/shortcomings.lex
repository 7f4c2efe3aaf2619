# SummaryKit built-in lexicon — section `shortcomings`
# Problems and shortcomings (存在的问题与不足): the self-critical part of a summary.
# Several forms here are also negation cues in polarity.txt: there they mark another
# section's match as negated ("理论学习不够深入"); here they are evidence of this section.
# Format and provenance: see README.md in this folder.
# English forms are lowercase base forms; the matcher folds inflections.

[shortcomings-generic]
categories = shortcomings:1.0
zh = 不足 | 不足之处 | 缺点 | 存在不足 | 问题和不足 | 问题与不足 | 缺点和不足 | 存在的不足
en = shortcoming | deficiency | inadequacy | drawback | defect | problem and shortcoming | shortcoming and problem | shortcoming and deficiency
unless = 不足为奇

[existing-problems]
categories = shortcomings:1.0
zh = 存在的问题 | 存在问题 | 主要问题 | 突出问题 | 存在的主要问题 | 问题与差距
en = existing problem | problem existing | main problem | outstanding problem | prominent problem | main existing problem

[problem-generic]
categories = shortcomings:0.3
zh = 问题 | 毛病
en = problem | issue
unless = 解决问题 | 解决实际问题 | 群众关心的问题 | 热点问题 | solve the problem | solve problem | solution of the problem | key issue

[gap]
categories = shortcomings:0.8
zh = 差距 | 存在差距 | 有差距 | 还有差距 | 一定差距 | 较大差距
en = gap | disparity | there is still a gap | certain gap | a big gap | some distance from
unless = 缩小差距 | narrow the gap

[weak]
categories = shortcomings:0.8
zh = 薄弱 | 薄弱环节 | 比较薄弱 | 较为薄弱 | 较弱 | 弱化 | 虚化
en = weak link | weak | relatively weak | weak point | weak spot | weaken | hollowed out
unless = 帮扶薄弱 | 薄弱学校 | weak school | weak group

[short-boards]
categories = shortcomings:0.9
zh = 短板 | 弱项 | 短板弱项 | 短板和弱项 | 补短板
en = short board | shortboard | weak item | weakness | shortcoming and weakness | make up for shortcoming

[needs-strengthening]
categories = shortcomings:1.0
zh = 有待加强 | 有待进一步加强 | 需要加强 | 亟待加强 | 仍需加强 | 还需加强 | 尚需加强 | 有待强化
en = need to be strengthened | remain to be strengthened | should be strengthened | still need to be strengthened | yet to be strengthened | need strengthening | need to be further strengthened

[needs-improvement]
categories = shortcomings:1.0
zh = 有待提高 | 有待改进 | 有待提升 | 亟待提高 | 需要改进 | 仍需提高 | 还需提高 | 有待进一步提高 | 有待完善 | 尚需完善
en = need to be improved | remain to be improved | room for improvement | still need to improve | yet to be improved | need improvement | need to be further improved | need to be perfected

[not-enough]
categories = shortcomings:0.7
zh = 还不够 | 不够 | 不足够 | 远远不够 | 尚显不足 | 略显不足
en = not enough | not sufficient | insufficient | inadequate | far from enough | still not enough | not sufficiently

[not-deep-enough]
categories = shortcomings:1.0
zh = 不够深入 | 不深入 | 深度不够 | 不够深 | 浮于表面 | 不够透彻 | 学习不深 | 不深不透
en = not deep enough | not in depth | superficial | not thorough | not thorough enough | lack of depth | remain on the surface

[mere-formality]
categories = shortcomings:0.9, discipline:0.2
zh = 流于形式 | 走过场 | 形式大于内容 | 重形式轻实效 | 走形式
en = go through the motions | mere formality | formality | just a formality | form over substance | formalistic | go through the formality

[not-in-place]
categories = shortcomings:1.0
zh = 不到位 | 落实不到位 | 不够到位 | 执行不到位 | 措施不到位 | 认识不到位
en = not in place | not implemented in place | not fully implemented | not adequately implemented | not properly implemented | not put in place | implementation is not in place

[lacking]
categories = shortcomings:0.8
zh = 欠缺 | 缺乏 | 缺少 | 匮乏 | 缺失
en = lack | lack of | short of | absence of | deficient | lacking in

[still-poor]
categories = shortcomings:0.8
zh = 仍较差 | 较差 | 不强 | 不够强 | 还不强 | 不高 | 还不高 | 不太高 | 偏低 | 偏弱
en = still poor | not strong | not strong enough | not high | not high enough | relatively poor | relatively low | rather low | still weak

[unbalanced]
categories = shortcomings:0.8
zh = 不够全面 | 不全面 | 不平衡 | 不均衡 | 参差不齐 | 发展不平衡 | 不系统 | 不够系统
en = not comprehensive | not comprehensive enough | unbalanced | uneven | imbalance | uneven development | not systematic | not systematic enough | uneven quality

[not-timely]
categories = shortcomings:0.8
zh = 不及时 | 不够及时 | 滞后 | 相对滞后 | 跟不上
en = not timely | untimely | lag behind | lagging | not in time | cannot keep up | not keep up

[not-standardized]
categories = shortcomings:0.8
zh = 不规范 | 不够规范 | 不健全 | 不完善 | 不够完善 | 不够健全 | 有待规范
en = not standardized | not standard | not sound | imperfect | not perfect | incomplete | not well established | not perfect enough | nonstandard | irregular

[insufficient-attention]
categories = shortcomings:0.9
zh = 认识不足 | 重视不够 | 思想认识不够 | 重视不足 | 思想上不够重视 | 重视程度不够 | 认识不够
en = insufficient understanding | insufficient attention | not enough attention | insufficient awareness | lack of attention | not pay enough attention | insufficient recognition | not attach enough importance

[low-initiative]
categories = shortcomings:0.9
zh = 主动性不够 | 积极性不高 | 创新不够 | 创新意识不强 | 开拓创新不够 | 主动性不强 | 创新精神不足 | 积极性不够
en = lack of initiative | initiative is not enough | lack of innovation | insufficient innovation | low enthusiasm | not active enough | lack of enthusiasm | lack of creativity | initiative is still poor

[not-satisfactory]
categories = shortcomings:0.9
zh = 做得不够好 | 做得还不够 | 不尽如人意 | 不够理想 | 不理想 | 不尽人意 | 不够好
en = not good enough | not satisfactory | unsatisfactory | not ideal | not done well | far from satisfactory | less than ideal | not very good

[insufficient-efforts]
categories = shortcomings:0.9
zh = 力度不够 | 力度不大 | 抓得不紧 | 不够扎实 | 不扎实 | 抓得不实 | 力度不足 | 不够有力
en = insufficient effort | not strong efforts | not solid | not solid enough | not tight | insufficient intensity | not forceful enough | weak effort

[monotonous-forms]
categories = shortcomings:0.9
zh = 形式单一 | 方法单一 | 形式单调 | 缺乏新意 | 手段单一 | 载体单一 | 方式单一 | 内容单一
en = single form | monotonous form | single method | lack of novelty | lack of new idea | monotonous | single content | lack of variety | simple form

[ineffective]
categories = shortcomings:0.9
zh = 效果不明显 | 成效不明显 | 效果不佳 | 收效甚微 | 实效性不强 | 针对性不强 | 成效不够 | 效果不好
en = ineffective | effect is not obvious | not effective | little effect | poor result | poor effect | not very effective | lack of pertinence | lack of effectiveness

[low-quality]
categories = shortcomings:0.8
zh = 质量不高 | 水平不高 | 素质不高 | 能力不足 | 本领恐慌 | 能力不强 | 素质参差不齐 | 业务不精
en = low quality | quality is not high | low level | insufficient ability | lack of ability | ability is not strong | low ability | lack of skill

[not-strict]
categories = shortcomings:0.8
zh = 不严 | 不够严格 | 要求不严 | 管理不严 | 宽松软 | 失之于宽 | 失之于软 | 把关不严
en = not strict | not strict enough | lax | loose | not rigorous | lax management | lax requirement | loose management

[lack-of-time]
categories = shortcomings:0.8
zh = 时间不足 | 时间不够 | 精力不够 | 工学矛盾 | 学习时间不够 | 精力不足 | 学习时间少
en = not enough time | insufficient time | lack of time | conflict between work and study | study time is not enough | limited energy | insufficient energy

[low-participation]
categories = shortcomings:0.8
zh = 参与度不高 | 参与不够 | 覆盖面不广 | 覆盖面不够 | 参与面不广 | 参与率低
en = low participation | insufficient participation | limited coverage | narrow coverage | less involved | low participation rate | not widely involved

[ageing-structure]
categories = shortcomings:0.7, member_development:0.3
zh = 年龄偏大 | 老龄化 | 结构不合理 | 后继乏人 | 青黄不接 | 年龄结构老化 | 文化程度偏低
en = aging | ageing | unreasonable structure | lack of successor | irrational structure | aging structure | low educational level | old age structure

[not-closely-linked]
categories = shortcomings:0.8
zh = 结合不够紧密 | 联系不够 | 不紧密 | 脱节 | 两张皮 | 结合不紧
en = not close enough | disconnected | out of touch | disjointed | two skins | disconnection | not closely combined | not closely integrated

[passive]
categories = shortcomings:0.8
zh = 被动 | 被动应付 | 应付了事 | 敷衍 | 敷衍了事 | 等靠要
en = passive | perfunctory | muddle through | perfunctorily | passively cope

[unresolved]
categories = shortcomings:0.8
zh = 没有解决 | 尚未解决 | 未能解决 | 有待解决 | 遗留问题 | 未得到解决 | 亟待解决
en = unresolved | not resolved | not solved | remaining problem | left over | not been resolved | urgently need to be solved | yet to be solved

[still-exist]
categories = shortcomings:0.5
zh = 还存在 | 仍然存在 | 依然存在 | 仍存在 | 还存在着 | 与要求相比 | 对照要求
en = there are still | still exist | compared with the requirement | there is still

[self-reflection]
categories = shortcomings:0.5
zh = 反思 | 自省 | 深刻反思 | 反躬自省 | 查找不足 | 查找差距 | 找差距
en = reflect on | self-reflection | introspection | deep reflection | find shortcoming | find the gap | reflection

[difficulties-faced]
categories = shortcomings:0.6
zh = 困难和问题 | 面临的困难 | 矛盾和问题 | 困难与问题 | 面临的问题 | 不少困难 | 制约因素
en = difficulty and problem | difficulty faced | contradiction and problem | problem faced | challenge faced | constraining factor | restrictive factor | problem and difficulty

[mistakes]
categories = shortcomings:0.5
zh = 失误 | 疏漏 | 偏差 | 工作失误 | 疏忽
en = mistake | error | deviation | negligence | fault | lapse

# SummaryKit built-in lexicon — section `shortcomings`
# Problems and shortcomings (存在的问题与不足): the self-critical part of a summary.
# Several forms here are also negation cues in polarity.txt: there they mark another
# section's match as negated ("理论学习不够深入"); here they are evidence of this section.
# Format and provenance: see README.md in this folder.
# English forms are lowercase base forms; the matcher folds inflections.

[shortcomings-generic]
categories = shortcomings:1.0
zh = 不足 | 不足之处 | 缺点 | 存在不足 | 问题和不足 | 问题与不足 | 缺点和不足 | 存在的不足
en = shortcoming | deficiency | inadequacy | drawback | defect | problem and shortcoming | shortcoming and problem | shortcoming and deficiency | flaw | shortfall | insufficiency | shortage | deficiencies and shortcomings | problems and deficiencies | problem and insufficiency | problems and inadequacies | shortcomings and insufficiencies | existing shortcoming | existing deficiency | insufficient aspect | inadequate aspect | area for improvement | area needing improvement | area to be improved | aspect to be improved | fall short | shortcomings and gaps | gaps and shortcomings | deficiencies and gaps
unless = 不足为奇

[existing-problems]
categories = shortcomings:1.0
zh = 存在的问题 | 存在问题 | 主要问题 | 突出问题 | 存在的主要问题 | 问题与差距
en = existing problem | problem existing | main problem | outstanding problem | prominent problem | main existing problem | problems that exist | problems which exist | existing issue | issues existing | main issue | major problem | outstanding issue | prominent issue | problems are as follows | problems are mainly as follows | problems still existing | still existing problems | problems in work | current problems
unless = solve major problem | solve current problem | solve outstanding problem | solve prominent problem | solve main problem | solve the existing problem

[problem-generic]
categories = shortcomings:0.3
zh = 问题 | 毛病
en = problem | issue
unless = 解决问题 | 解决实际问题 | 群众关心的问题 | 热点问题 | solve the problem | solve problem | solution of the problem | key issue

[gap]
categories = shortcomings:0.8
zh = 差距 | 存在差距 | 有差距 | 还有差距 | 一定差距 | 较大差距
en = gap | disparity | there is still a gap | certain gap | a big gap | some distance from | still a certain gap | still a long way to go | long way to go | certain distance | still some distance | there are gaps | large gap | fall behind
unless = 缩小差距 | narrow the gap | bridge the gap | close the gap | reduce the gap | fill the gap

[weak]
categories = shortcomings:0.8
zh = 薄弱 | 薄弱环节 | 比较薄弱 | 较为薄弱 | 较弱 | 弱化 | 虚化
en = weak link | weak | relatively weak | weak point | weak spot | weaken | hollowed out | rather weak | comparatively weak | somewhat weak | weak area | weak aspect | weakly | marginalization | marginalize | marginalise | marginalisation | hollowing
unless = 帮扶薄弱 | 薄弱学校 | weak school | weak group

[short-boards]
categories = shortcomings:0.9
zh = 短板 | 弱项 | 短板弱项 | 短板和弱项 | 补短板
en = short board | shortboard | weak item | weakness | shortcoming and weakness | make up for shortcoming | short slab | short plank | weaknesses and shortcomings | make up for weaknesses | shore up weaknesses | strengthen weak links | made up for shortcoming | made up for weaknesses

[needs-strengthening]
categories = shortcomings:1.0
zh = 有待加强 | 有待进一步加强 | 需要加强 | 亟待加强 | 仍需加强 | 还需加强 | 尚需加强 | 有待强化
en = need to be strengthened | remain to be strengthened | should be strengthened | still need to be strengthened | yet to be strengthened | need strengthening | need to be further strengthened | need to be enhanced | need to be reinforced | should be reinforced | need further strengthening | need to be further enhanced | still to be strengthened | urgently need to be strengthened | in urgent need of strengthening | need to be intensified | need to be stepped up | need to be tightened | need to be deepened | need to be further deepened | need to be increased | need to be raised | need to be expanded | need to be enriched | need to be optimized | need to be consolidated | still need to be enhanced | remain to be enhanced | yet to be enhanced

[needs-improvement]
categories = shortcomings:1.0
zh = 有待提高 | 有待改进 | 有待提升 | 亟待提高 | 需要改进 | 仍需提高 | 还需提高 | 有待进一步提高 | 有待完善 | 尚需完善
en = need to be improved | remain to be improved | room for improvement | still need to improve | yet to be improved | need improvement | need to be further improved | need to be perfected | needs improving | still needs to be improved | there is room for improvement | still room for improvement | much room for improvement | need to be upgraded | need to be promoted | need to be refined | need to be completed | need to be further perfected | need to be further refined | need to be standardized | need to be regulated | need to be normalized | need to be adjusted | need to be corrected | need to be rectified | urgently need to be improved | in urgent need of improvement | need urgent improvement | yet to improve | have to be improved | has to be improved | could be better | can be improved | leave much to be desired | improvement needed | need for improvement

[not-enough]
categories = shortcomings:0.7
zh = 还不够 | 不够 | 不足够 | 远远不够 | 尚显不足 | 略显不足
en = not enough | not sufficient | insufficient | inadequate | far from enough | still not enough | not sufficiently | insufficiently | not adequate | not adequately | inadequately | far from sufficient | far from adequate | not yet enough | too few | too little | relatively few | relatively little | rather few | fairly few | not fully | not completely | not entirely | not quite

[not-deep-enough]
categories = shortcomings:1.0
zh = 不够深入 | 不深入 | 深度不够 | 不够深 | 浮于表面 | 不够透彻 | 学习不深 | 不深不透
en = not deep enough | not in depth | superficial | not thorough | not thorough enough | lack of depth | remain on the surface | not deep | not deeply | not in-depth enough | lack depth | insufficient depth | inadequate depth | depth is not enough | not profound | not profound enough | shallow | superficially | only on the surface | stay on the surface | float on the surface | skin-deep | at the surface level | not thoroughly | not penetrating | neither deep nor thorough | not deep or thorough | not deep and thorough | study is not deep | learning is not deep | shallow understanding | understanding is not deep | superficial understanding | scratch the surface | smattering | half-understood | know only a little | partial understanding | one-sided understanding | not well understood | knew only a little

[mere-formality]
categories = shortcomings:0.9, discipline:0.2
zh = 流于形式 | 走过场 | 形式大于内容 | 重形式轻实效 | 走形式
en = go through the motions | mere formality | formality | just a formality | form over substance | formalistic | go through the formality | mere form | merely a formality | only a formality | just for show | walk through the motions | walk the show | walk the process | walk through the process | form over content | formality over substance | emphasis on form | focus on form | form is greater than content | more form than substance | in form only | only in form | in name only | exist in name only | emphasize form and neglect effect | heavy on form | went through the motions | went through the formality

[not-in-place]
categories = shortcomings:1.0
zh = 不到位 | 落实不到位 | 不够到位 | 执行不到位 | 措施不到位 | 认识不到位
en = not in place | not implemented in place | not fully implemented | not adequately implemented | not properly implemented | not put in place | implementation is not in place | not in position | not put into place | not effectively implemented | not well implemented | not implemented well | not strictly implemented | not implemented strictly | not carried out | not carried out properly | not carried out well | not fully carried out | not yet in place | not in place yet | failed to be implemented | not done in place | not done properly | implementation not in place | implementation is not enough | implementation is not strong | insufficient implementation | inadequate implementation | poor implementation | lax implementation | weak implementation | implementation deviation | failed to implement | not implemented | unimplemented | not practiced | not executed | poor execution | inadequate execution | execution not in place | execution is not in place | measures not in place | measures are not in place | understanding not in place | understanding is not in place | awareness not in place | responsibility not in place | not put into practice | not translated into action | not followed through | not thoroughly implemented | not implemented in depth

[lacking]
categories = shortcomings:0.8
zh = 欠缺 | 缺乏 | 缺少 | 匮乏 | 缺失
en = lack | lack of | short of | absence of | deficient | lacking in | shortage of | devoid of | in short supply | scarcity | scarce | dearth | scant | be short of

[still-poor]
categories = shortcomings:0.8
zh = 仍较差 | 较差 | 不强 | 不够强 | 还不强 | 不高 | 还不高 | 不太高 | 偏低 | 偏弱 | 不硬 | 不够硬 | 作风不硬 | 本领不硬 | 措施不硬
en = still poor | not strong | not strong enough | not high | not high enough | relatively poor | relatively low | rather low | still weak | rather poor | fairly poor | comparatively poor | quite poor | not very strong | not so strong | still not strong | not very high | not so high | still not high | fairly low | comparatively low | somewhat low | too low | on the low side | still low | still relatively low | poor sense | poor awareness | poor consciousness | weak awareness | weak sense | weak consciousness | awareness is not strong | sense is not strong | consciousness is not strong | awareness is weak | sense is weak | not tough | not tough enough | not hard enough | not strong in style

[unbalanced]
categories = shortcomings:0.8
zh = 不够全面 | 不全面 | 不平衡 | 不均衡 | 参差不齐 | 发展不平衡 | 不系统 | 不够系统
en = not comprehensive | not comprehensive enough | unbalanced | uneven | imbalance | uneven development | not systematic | not systematic enough | uneven quality | not all-round | not fully comprehensive | one-sided | lopsided | not balanced | unevenly | unequal | mixed quality | uneven level | varying level | vary greatly | good and bad mixed | uneven in quality | not uniform | inconsistent | unsystematic | lack of system | piecemeal | imbalanced development | development imbalance

[not-timely]
categories = shortcomings:0.8
zh = 不及时 | 不够及时 | 滞后 | 相对滞后 | 跟不上
en = not timely | untimely | lag behind | lagging | not in time | cannot keep up | not keep up | not in a timely manner | not promptly | not prompt | behind schedule | behind the times | can't keep up | couldn't keep up | fail to keep up | unable to keep up | not up to date | outdated | out of date | obsolete | not keep pace | cannot keep pace | relatively backward

[not-standardized]
categories = shortcomings:0.8
zh = 不规范 | 不够规范 | 不健全 | 不完善 | 不够完善 | 不够健全 | 有待规范
en = not standardized | not standard | not sound | imperfect | not perfect | incomplete | not well established | not perfect enough | nonstandard | irregular | not standardised | non-standard | substandard | irregularity | not regulated | not normative | not normalized | not regular | unstandardized | unstandardised | not up to standard | not in line with standard | below standard | unsound | imperfection | not complete | not fully established | not fully developed | not sound enough | not robust | not yet perfect | not yet sound | not yet complete | chaotic | messy | unclear

[insufficient-attention]
categories = shortcomings:0.9
zh = 认识不足 | 重视不够 | 思想认识不够 | 重视不足 | 思想上不够重视 | 重视程度不够 | 认识不够
en = insufficient understanding | insufficient attention | not enough attention | insufficient awareness | lack of attention | not pay enough attention | insufficient recognition | not attach enough importance | inadequate understanding | lack of understanding | inadequate recognition | insufficient cognition | inadequate awareness | lack of awareness | not enough understanding | understanding is not enough | understanding is insufficient | awareness is insufficient | not enough emphasis | insufficient emphasis | lack of emphasis | insufficient importance | not enough importance | inadequate attention | little attention | attention is not enough | not attach great importance | not attach importance | not valued | do not value | not given enough attention | not been given enough attention | neglect | overlook | ignore | pay little attention | place insufficient emphasis | attach insufficient importance | insufficient importance attached | not take seriously | not taken seriously | take lightly | underestimate | lack of importance | degree of attention is not enough | insufficient ideological understanding | ideological understanding is insufficient | ideological understanding is not in place | paid little attention | took lightly

[low-initiative]
categories = shortcomings:0.9
zh = 主动性不够 | 积极性不高 | 创新不够 | 创新意识不强 | 开拓创新不够 | 主动性不强 | 创新精神不足 | 积极性不够 | 满足于 | 满足现状 | 安于现状 | 墨守成规 | 因循守旧 | 按部就班
en = lack of initiative | initiative is not enough | lack of innovation | insufficient innovation | low enthusiasm | not active enough | lack of enthusiasm | lack of creativity | initiative is still poor | insufficient initiative | initiative is insufficient | not enough initiative | initiative not enough | weak initiative | initiative is weak | low initiative | poor initiative | not proactive | not proactive enough | enthusiasm is not high | enthusiasm is low | insufficient enthusiasm | not enthusiastic | not very enthusiastic | lack of motivation | low motivation | insufficient motivation | lack of drive | lack of vigor | lack of vitality | lack of energy | not innovative | not innovative enough | innovation is not enough | weak innovation | innovation awareness is not strong | weak sense of innovation | lack of innovation awareness | lack of innovative spirit | lack of innovative consciousness | insufficient innovative spirit | lack of pioneering spirit | little innovation | not creative | stick to old ways | follow the old routine | stick to the old rules | complacent | complacency | content with the status quo | satisfied with the status quo | rest on laurels | lack of enterprising spirit | lack of fighting spirit | not very active | not active | inactive | conservative thinking | follow the beaten track | stick to conventions | bound by convention | routine and conservative

[not-satisfactory]
categories = shortcomings:0.9
zh = 做得不够好 | 做得还不够 | 不尽如人意 | 不够理想 | 不理想 | 不尽人意 | 不够好
en = not good enough | not satisfactory | unsatisfactory | not ideal | not done well | far from satisfactory | less than ideal | not very good | not satisfying | not very satisfactory | not so ideal | not very ideal | far from ideal | not done well enough | not well done | not done enough | not doing enough | not doing well | not do well | not performed well | not so good | not as good as expected | not as expected | below expectations | fall short of expectations | not meet expectations | not meet the requirements | fail to meet requirements | not up to requirements | fall short of requirements | not meet the standard | not reach the standard | dissatisfied | dissatisfaction | unsatisfied | still not satisfactory | not yet good enough

[insufficient-efforts]
categories = shortcomings:0.9
zh = 力度不够 | 力度不大 | 抓得不紧 | 不够扎实 | 不扎实 | 抓得不实 | 力度不足 | 不够有力
en = insufficient effort | not strong efforts | not solid | not solid enough | not tight | insufficient intensity | not forceful enough | weak effort | not enough effort | efforts are not enough | effort is not enough | inadequate efforts | lack of effort | efforts are weak | weak intensity | not strong enough efforts | efforts not strong | efforts are not strong | intensity is not enough | intensity is not strong | not enough intensity | not intense enough | insufficient strength | strength is not enough | not forceful | not powerful | not powerful enough | not vigorous | not vigorous enough | not tight enough | not grasped tightly | not tightly grasped | grasp is not tight | loosely grasped | not firmly grasped | not solidly | not down-to-earth | not practical enough | not pragmatic | not pragmatic enough | not concrete | not specific | not detailed | not meticulous | not careful enough | not careful | not substantial | not substantive | lack of substance | not practical | insufficient investment | insufficient input | inadequate input | input is not enough | not enough input | not enough investment

[monotonous-forms]
categories = shortcomings:0.9
zh = 形式单一 | 方法单一 | 形式单调 | 缺乏新意 | 手段单一 | 载体单一 | 方式单一 | 内容单一
en = single form | monotonous form | single method | lack of novelty | lack of new idea | monotonous | single content | lack of variety | simple form | forms are single | form is single | form is monotonous | monotone | monotony | dull | boring | tedious | lack of attraction | lack of attractiveness | not attractive | unattractive | not lively | not vivid | lack of innovation in form | lack of diversity | not diverse | not diversified | not varied | not rich | not rich enough | method is single | methods are single | single means | single way | single mode | single approach | single channel | single carrier | carrier is single | content is single | content is monotonous | monotonous content | monotonous method | simple method | simple and crude | simplistic | old-fashioned | old method | stereotyped | rigid form | fixed form | cramming | one-way indoctrination | spoon-feeding

[ineffective]
categories = shortcomings:0.9
zh = 效果不明显 | 成效不明显 | 效果不佳 | 收效甚微 | 实效性不强 | 针对性不强 | 成效不够 | 效果不好
en = ineffective | effect is not obvious | not effective | little effect | poor result | poor effect | not very effective | lack of pertinence | lack of effectiveness | ineffectively | inefficient | inefficiency | low efficiency | poor efficiency | not efficient | effect not obvious | effects are not obvious | effect is not significant | not significant | not obvious | not evident | not apparent | not remarkable | limited effect | limited effectiveness | little result | few results | poor effectiveness | weak effect | low effectiveness | effectiveness is not strong | effectiveness is not high | effectiveness is poor | not effective enough | lack of actual effect | lack of practical effect | lack of actual effectiveness | lack of practical results | not targeted | not well targeted | poorly targeted | insufficient pertinence | pertinence is not strong | not pertinent | targeting is not strong | lack of targeting | lack of relevance | low pertinence | weak pertinence | poor pertinence | not very pertinent | not to the point | pertinence and effectiveness are not strong | effect is not good | effect is poor | effect is not ideal | results are not ideal | results are not obvious | results are not good | with little success | to little avail | little success | of little use | useless | fruitless | futile | no obvious effect | no obvious results | achieve little

[low-quality]
categories = shortcomings:0.8
zh = 质量不高 | 水平不高 | 素质不高 | 能力不足 | 本领恐慌 | 能力不强 | 素质参差不齐 | 业务不精
en = low quality | quality is not high | low level | insufficient ability | lack of ability | ability is not strong | low ability | lack of skill | quality not high | quality is low | quality is poor | poor quality | level is not high | level is low | low standard | not high level | ability not strong | weak ability | poor ability | inadequate ability | limited ability | insufficient capacity | lack of capacity | inadequate capacity | weak capacity | low capacity | capability is not strong | capability is insufficient | insufficient capability | lack of capability | weak capability | low capability | incompetent | incompetence | not competent | incapable | insufficient skill | poor skill | low skill | professional ability is not strong | professional level is not high | business level is not high | business ability is not strong | business is not proficient | not proficient | unskilled | not skilled | unfamiliar with business | not familiar with business | panic of ability | skill panic | ability panic | capability panic | panic about skills | insufficient competence | quality is not high enough | low cultural level | cultural level is not high | low professional quality | low comprehensive quality | comprehensive quality is not high

[not-strict]
categories = shortcomings:0.8
zh = 不严 | 不够严格 | 要求不严 | 管理不严 | 宽松软 | 失之于宽 | 失之于软 | 把关不严
en = not strict | not strict enough | lax | loose | not rigorous | lax management | lax requirement | loose management | not strictly | not rigorous enough | not stringent | not stringent enough | laxity | laxness | slackness | slack management | loosely | loose and soft | lax and soft | lenient | too lenient | leniency | too soft | weak and lax | requirements are not strict | requirement is not strict | management is not strict | management is lax | management is loose | not strictly managed | not strictly controlled | not strict control | control is not strict | lax control | loose control | not strictly checked | checks are not strict | lax checking | not strictly examined | gatekeeping is not strict | connive | connivance | turn a blind eye | good old man | nice guy | afraid to offend | afraid of offending people | dare not manage | dare not criticize | reluctant to criticize | unwilling to criticize | lax discipline | discipline is lax | discipline is not strict

[lack-of-time]
categories = shortcomings:0.8
zh = 时间不足 | 时间不够 | 精力不够 | 工学矛盾 | 学习时间不够 | 精力不足 | 学习时间少
en = not enough time | insufficient time | lack of time | conflict between work and study | study time is not enough | limited energy | insufficient energy | time is not enough | time is insufficient | time is limited | limited time | little time | short of time | pressed for time | time is tight | tight time | time constraint | not enough energy | energy is not enough | energy is limited | busy with work | busy with business | work is busy | heavy workload | contradiction between work and study | conflict between work and learning | contradiction between working and learning | work-study conflict | contradiction between business and study | conflict between business and learning | study time is insufficient | insufficient study time | not enough time for study | little time for study | learning time is not enough | learning time is insufficient | less study time | little study time | study time is short | time for study is limited | time for learning is limited

[low-participation]
categories = shortcomings:0.8
zh = 参与度不高 | 参与不够 | 覆盖面不广 | 覆盖面不够 | 参与面不广 | 参与率低
en = low participation | insufficient participation | limited coverage | narrow coverage | less involved | low participation rate | not widely involved | participation is not high | participation is low | participation is not enough | participation rate is not high | participation rate is low | low attendance | attendance is not high | attendance is low | poor attendance | low attendance rate | absent | absence | absenteeism | not participate | not take part | seldom take part | rarely take part | seldom participate | rarely participate | seldom attend | rarely attend | fail to attend | failed to participate | few participants | small number of participants | not many participants | limited participation | inadequate participation | not widely participated | narrow participation | coverage is not wide | coverage is narrow | coverage is not enough | coverage is limited | not wide coverage | small coverage | low coverage | insufficient coverage | not fully covered | not cover all | low involvement | not involved | not enough involvement | passive participation

[ageing-structure]
categories = shortcomings:0.7, member_development:0.3
zh = 年龄偏大 | 老龄化 | 结构不合理 | 后继乏人 | 青黄不接 | 年龄结构老化 | 文化程度偏低
en = aging | ageing | unreasonable structure | lack of successor | irrational structure | aging structure | low educational level | old age structure | aging of party members | ageing of party members | members are aging | members are ageing | party members are aging | party members are old | members are old | average age is high | high average age | older average age | age is older | age is old | aging age structure | ageing age structure | unreasonable age structure | irrational age structure | age structure is not reasonable | age structure is unreasonable | structure is unreasonable | structure is not reasonable | structure is irrational | unbalanced structure | structural imbalance | no successor | lack of young people | few young people | few young members | young members are few | lack of young blood | lack of new blood | lack of fresh blood | insufficient reserve force | reserve force is insufficient | lack of reserve force | lack of reserve talent | shortage of reserve cadre | talent gap | talent shortage | shortage of talent | lack of talent | brain drain | loss of talent | talent loss | low education level | low educational background | low level of education | low cultural quality | low culture level | educational level is low | poorly educated | old and weak | hollow village | hollowing out of village

[not-closely-linked]
categories = shortcomings:0.8
zh = 结合不够紧密 | 联系不够 | 不紧密 | 脱节 | 两张皮 | 结合不紧
en = not close enough | disconnected | out of touch | disjointed | two skins | disconnection | not closely combined | not closely integrated | not closely linked | not closely connected | not closely related | not tightly combined | not well integrated | not well combined | not effectively combined | poor integration | insufficient integration | lack of integration | integration is not enough | integration is not close | combination is not close | combination is not enough | insufficient combination | not combined well | not well connected | not organically combined | not organically integrated | divorced from | decoupled | detached from | two layers of skin | two pieces of skin | go their own way | separation of party building and business | disconnection between party building and business | disconnect between theory and practice | theory divorced from practice | divorce of theory and practice | contact is not close | contact is not enough | not enough contact | insufficient contact | lack of contact | little contact | not in close contact | loose contact | ties are not close | relations are not close | went their own way

[passive]
categories = shortcomings:0.8
zh = 被动 | 被动应付 | 应付了事 | 敷衍 | 敷衍了事 | 等靠要
en = passive | perfunctory | muddle through | perfunctorily | passively cope | passiveness | passivity | be passive | in a passive position | perfunctoriness | deal with perfunctorily | handle perfunctorily | perfunctory response | muddle along | just get by | make do | wait and rely | wait rely and ask | wait depend and ask | wait and see | lie flat | slack off | lazy | laziness | sloppy | careless | carelessness | negligent | irresponsible | sit back and wait | wait for instructions | wait for orders | rely on the superior | depend on others | reliance on others | dealt with perfunctorily

[unresolved]
categories = shortcomings:0.8
zh = 没有解决 | 尚未解决 | 未能解决 | 有待解决 | 遗留问题 | 未得到解决 | 亟待解决
en = unresolved | not resolved | not solved | remaining problem | left over | not been resolved | urgently need to be solved | yet to be solved | not yet resolved | not yet solved | not been solved | not fully resolved | not fully solved | not completely resolved | not thoroughly resolved | not effectively resolved | not effectively solved | remain unresolved | unsolved | still unsolved | remaining issue | left-over problem | legacy problem | legacy issue | historical problem | historical legacy | problems left over by history | long-standing problem | long-standing issue | persistent problem | stubborn problem | chronic problem | difficulties remain | need to be solved urgently | urgent to be solved | urgently needs to be resolved | need to be resolved urgently | pressing problem | problems to be solved | problems to be resolved | problems that need to be solved | issues to be addressed | yet to be resolved | await solution | not addressed | not been addressed | not dealt with | not handled

[still-exist]
categories = shortcomings:0.5
zh = 还存在 | 仍然存在 | 依然存在 | 仍存在 | 还存在着 | 与要求相比 | 对照要求
en = there are still | still exist | compared with the requirement | there is still | still remain | there remain | there still exist | there still are | there still remain | some still exist | soberly aware | soberly see | soberly recognize | sober understanding | while affirming the achievements | while seeing the achievements | some problem | still some problem | still has some problem | still have some problem | still has problem | still have problem | there are problem | there are some problem
unless = solve some problem | solved some problem | handle some problem | deal with some problem

[self-reflection]
categories = shortcomings:0.5
zh = 反思 | 自省 | 深刻反思 | 反躬自省 | 查找不足 | 查找差距 | 找差距
en = reflect on | self-reflection | introspection | deep reflection | find shortcoming | find the gap | reflection | self-reflect | reflect on ourselves | reflect deeply | deeply reflect | profound reflection | profound self-reflection | seriously reflect | serious reflection | introspect | self-introspection | look inward | examine ourselves | examine oneself | reflect upon | look for gaps | look for shortcomings | look for deficiencies | find deficiencies | find out shortcomings | find out deficiencies | find out the gap | identify shortcomings | identify gaps | identify deficiencies | seek gaps | search for gaps | check for gaps | recognize shortcomings | recognize the gap | see the gap | see the shortcomings | face up to shortcomings | face shortcomings | face up to the gap | face the gap | squarely face | look back and reflect | review and reflect | summarize and reflect | sum up and reflect | rethink | re-examine | reexamine | soul-searching | found shortcoming | found the gap | found deficiencies | found out shortcomings | found out deficiencies | found out the gap | sought gaps | saw the gap | saw the shortcomings

[difficulties-faced]
categories = shortcomings:0.6
zh = 困难和问题 | 面临的困难 | 矛盾和问题 | 困难与问题 | 面临的问题 | 不少困难 | 制约因素
en = difficulty and problem | difficulty faced | contradiction and problem | problem faced | challenge faced | constraining factor | restrictive factor | problem and difficulty | difficulties encountered | difficulties we face | problems encountered | problems we face | facing difficulties | many difficulties | some difficulties | a lot of difficulties | many problems | a lot of problems | problems and contradictions | difficulties and challenges | challenges and difficulties | risks and challenges | limiting factor | bottleneck | obstacle | stumbling block | predicament | dilemma
unless = overcome many difficulty | overcame many difficulty | overcome some difficulty | overcame some difficulty | solve many problem | solved many problem

[mistakes]
categories = shortcomings:0.5
zh = 失误 | 疏漏 | 偏差 | 工作失误 | 疏忽
en = mistake | error | deviation | negligence | fault | lapse | omission | loophole | blunder | misstep | mishap | errors in work | work error | work mistake | mistakes in work | work negligence | dereliction | dereliction of duty

# ---------------------------------------------------------------------------
# Causes, sober recognition, over-reliance
# ---------------------------------------------------------------------------

[causes-of-problems]
categories = shortcomings:0.9
zh = 原因分析 | 产生问题的原因 | 问题产生的原因 | 存在问题的原因 | 问题及原因 | 问题和原因 | 问题根源 | 深层次原因 | 主观原因 | 客观原因 | 原因剖析 | 根源剖析
en = analysis of causes | cause analysis | causes of the problem | reasons for the problem | problems and causes | problems and reasons | deep-seated cause | deep-rooted cause | subjective reason | objective reason | subjective cause | objective cause | analysis of the reasons

[sober-recognition]
categories = shortcomings:0.8
zh = 清醒地认识到 | 清醒认识到 | 清醒地看到 | 也要看到 | 也应看到 | 也应该看到 | 在肯定成绩的同时 | 肯定成绩的同时 | 成绩的同时 | 但也存在 | 还存在一些 | 不容忽视 | 同时也存在
en = soberly realize | soberly realise | soberly recognise | clearly aware | clearly realize | clearly realise | clearly recognize | clearly recognise | while acknowledging the achievement | while recognizing the achievement | while affirming the result | must also see | should also see | also be aware | cannot be ignored | can not be ignored | not be ignored

[over-reliance]
categories = shortcomings:0.8
zh = 过多依赖 | 过分依赖 | 依赖思想 | 依赖性 | 依赖心理 | 等靠思想
en = over-reliance | overreliance | excessive reliance | rely too much | overly rely | dependence mentality | mentality of dependence | dependency mentality | reliance mentality

#!/usr/bin/env python3
"""Writes Examples/submissions/, the small folder of branch summaries that the README's examples
audit: four annual work summaries written for this project (invented branches, places and
figures), one per input format.

Usage: python3 scripts/make-example-submissions.py [OUT_DIR]   (default Examples/submissions)

- branch-03-village.txt     Chinese, GB18030 (what many county offices still save)
- branch-07-school.docx     Chinese, a real minimal Word document (Title / Heading 1 styles)
- branch-11-community.html  Chinese, a web page; deliberately weak: template placeholders left
                            in (XX社区, 20XX年, 某某) and no shortcomings or plans, so it FAILs
- branch-15-enterprise-en.txt  English, in the style of a machine translation, UTF-8

Deterministic: the same bytes on every run (fixed ZIP timestamps), so the committed files can
be checked against this script.
"""
import html
import os
import sys
import zipfile
from xml.sax.saxutils import escape

VILLAGE = """青石岭村党支部2024年工作总结

2024年，青石岭村党支部在镇党委的领导下，围绕“强班子、兴产业、惠民生”的思路开展工作。支部现有党员27名，其中女党员6名，60岁以上党员11名。现将一年来的工作总结如下。

一、抓实理论学习，筑牢思想根基
支部坚持每月集中学习一次，全年共组织学习12次，重点学习党的二十届三中全会精神和党纪学习教育的有关内容。针对老党员行动不便的情况，支部委员分片上门送学，把学习材料印成大字版送到家中。支部书记讲党课4次，组织党员到县革命纪念馆开展现场教学1次，党员撰写学习心得35篇。

二、严肃组织生活，严明纪律规矩
支部严格落实“三会一课”制度，每月5日固定开展主题党日。全年召开支部党员大会4次、支委会13次，召开专题组织生活会1次，开展民主评议党员，评出优秀党员5名。支部结合党纪学习教育，组织党员逐条学习《中国共产党纪律处分条例》，观看警示教育片2部，村“两委”成员签订廉洁承诺书。村级财务每季度公开一次，集体资产发包全部经村民代表会议表决，全年未发生违纪违规问题。

三、规范发展党员，加强队伍建设
支部坚持把政治标准放在首位，注重从返乡青年和致富能手中培养入党积极分子。全年确定入党积极分子3名、发展对象2名，按程序接收预备党员1名，1名预备党员按期转正。支部为每名积极分子明确两名培养联系人，每季度谈心一次，考察情况记入培养档案。

四、密切联系群众，办好民生实事
支部建立“党员联户”制度，每名党员联系8至10户群众，全年走访群众600余户次，收集意见建议42条，已办结38条。支部牵头修缮村内道路1.2公里，协调安装路灯46盏；组织党员志愿者开展秋收帮扶，为12户缺劳力家庭抢收玉米。依托村集体合作社发展中药材种植，带动41户农户增收。

五、存在的问题和不足
一是部分党员年龄偏大，学习的主动性不强，学习效果参差不齐；二是发展党员的来源较窄，青年党员数量偏少；三是联系群众还有不到位的地方，个别群众反映的问题回复不够及时。

六、2025年工作打算
一是创新学习方式，利用村广播和微信群开展“每周一学”，提高学习的覆盖面；二是加大在青年农民中发展党员的力度，计划培养入党积极分子3名以上；三是完善党员联户台账，做到群众诉求件件有回音；四是继续发展中药材产业，力争村集体经济收入增长10%。

青石岭村党支部
2024年12月20日
"""

SCHOOL = """城南实验中学第二党支部2024年度工作总结
今年以来，第二党支部以立德树人为根本任务，把党建工作融入教育教学全过程。支部现有党员19名，其中一线教师16名、行政人员3名。现将全年工作情况总结如下：
一、加强政治理论学习
（一）落实集中学习制度
支部每月第二周的周三下午组织集中学习，全年开展12次，系统学习习近平新时代中国特色社会主义思想和全国教育大会精神。每次学习安排一名党员教师领学并谈体会，学习记录和心得体会按月归档。
（二）创新学习形式
支部开展“党员教师讲思政”活动，党员教师结合学科特点上示范课9节；组织党员参观市党史展览馆，重温入党誓词，引导党员坚定理想信念。
二、严守纪律，加强师德师风建设
支部把师德师风作为党风廉政建设的重点，组织全体党员学习新时代中小学教师职业行为十项准则，签订拒绝有偿补课承诺书。支部在教师节前后开展廉洁从教专题教育，设立师德监督信箱，全年未收到有偿补课和收受家长礼品的举报。支部书记与每名党员开展谈心谈话，及时提醒苗头性问题。
三、做好发展党员和党员管理工作
支部注重在青年教师和骨干教师中发展党员，全年培养入党积极分子4名，确定发展对象2名，接收预备党员2名。支部严格按照发展党员工作流程，坚持公示制度，各环节材料齐全规范。党员组织关系转接及时，党费按月足额收缴。
四、服务师生，为群众办实事
支部组织党员教师成立“学业帮扶小组”，利用课后服务时间为学习困难学生义务辅导，全年帮扶学生73人次。党员教师结对家访，走访留守儿童和困难家庭学生家庭45户，协调发放助学金2.6万元。支部还组织党员到社区开展家庭教育讲座3场，听取家长对学校工作的意见建议。
五、存在的不足
对照年初计划，支部工作还存在一些差距：一是理论学习与教育教学结合还不够紧密，学用脱节的现象仍然存在；二是个别党员教师先锋模范作用发挥不够明显；三是支部活动形式比较单一，对青年教师的吸引力不强。
六、下一步工作计划
2025年，支部将着力做好以下工作：一是完善“学习+教研”机制，每学期开展一次党员教学展示周；二是设立党员示范岗，发挥党员教师在课堂改革中的带头作用；三是丰富主题党日内容，吸引更多青年教师向党组织靠拢；四是继续做好学业帮扶和家访工作，办好群众身边的实事。
"""

COMMUNITY_TITLE = "XX社区党支部20XX年工作总结"
COMMUNITY = [
    ("p", "20XX年，XX社区党支部在街道党工委的领导下，认真开展各项工作，取得了一定成效。现总结如下。"),
    ("h2", "一、加强学习教育"),
    ("p", "支部按照要求组织党员开展集中学习，学习党的二十大精神和上级有关文件，由支部书记某某同志领学。全年组织学习若干次，党员学习笔记按期检查。"),
    ("h2", "二、抓好组织建设"),
    ("p", "支部按时召开支部党员大会和支委会，落实“三会一课”制度，开展主题党日活动。全年发展党员____名，党员组织关系转接手续完备，党费按时收缴。"),
    ("h2", "三、服务社区居民"),
    ("p", "支部组织党员志愿者开展环境整治、政策宣传和走访慰问活动，为辖区困难群众办理实事若干件，帮助居民解决了一些急难愁盼问题。"),
    ("p", "XX社区党支部"),
    ("p", "20XX年XX月XX日"),
]

ENTERPRISE = """Work Summary of the Party Branch of Hengda Precision Machinery Co., Ltd. in 2024

In 2024, under the leadership of the Party committee of the industrial park, the Party branch of Hengda Precision Machinery Co., Ltd. adhered to the principle of "Party building leads, production develops", and combined the Party building work closely with the production and operation of the enterprise. The branch now has 23 Party members. The work of the year is summarized as follows.

I. Strengthen the theoretical study and firm the ideals and beliefs
The branch insisted on the system of collective study once a month and organized 12 study sessions in the whole year, studying the spirit of the Third Plenary Session of the 20th Central Committee and the Party discipline learning education. The branch secretary gave 3 Party lessons. Considering that the workers work in shifts, the branch recorded the study contents into short videos, so that the Party members on the night shift can also study on time.

II. Strictly enforce the discipline and build a clean work style
The branch implemented the system of "three meetings and one lesson" and carried out the theme Party day activity on the 10th of every month. The branch organized the Party members to study the Regulations on Disciplinary Actions of the Communist Party of China, and watched 2 warning education films. For the key links such as procurement, bidding and warehouse management, the branch carried out the clean risk investigation and found 5 risk points, and rectified all of them. No violation of discipline happened in the whole year.

III. Do a good job in the development of Party members and the construction of the team
The branch paid attention to developing Party members among the front-line technical workers. In the whole year, 3 activists for joining the Party were cultivated, 2 development objects were determined, and 1 probationary Party member was admitted. The branch set up 4 "Party member pioneer posts" on the production line, and the Party members took the lead in tackling the key technical problems.

IV. Serve the employees and the masses
The branch established the "heart-to-heart talk" system and visited 68 employees with difficulties, and helped them to solve the problems of children's schooling and medical treatment. The Party member volunteers went to the neighboring village to carry out the free repair of agricultural machinery 4 times and served more than 150 villagers.

V. Existing problems and shortcomings
First, the study of some Party members is not deep enough, and the integration of study and work is not close. Second, the number of young Party members is small, and the reserve force is insufficient. Third, the innovation of the branch activities is not enough.

VI. Work plan for 2025
First, we will improve the study system and hold a study exchange meeting every quarter. Second, we will strengthen the cultivation of young workers and plan to develop 2 new Party members. Third, we will continue to carry out the "Party member pioneer post" activity and let the Party members play the vanguard role in the production. Fourth, we will do more practical things for the employees and the masses.
"""

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>"""


def write_docx(path, text):
    """A minimal .docx: one w:p per line; styles by the line's numbering."""
    paragraphs = []
    for i, line in enumerate(text.rstrip("\n").split("\n")):
        style = None
        if i == 0:
            style = "Title"
        elif line[:2] in ("一、", "二、", "三、", "四、", "五、", "六、"):
            style = "Heading1"
        elif line.startswith("（"):
            style = "Heading2"
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        paragraphs.append(f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
                + "".join(paragraphs) + "<w:sectPr/></w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/_rels/document.xml.rels", DOC_RELS), ("word/styles.xml", STYLES),
                           ("word/document.xml", document)]:
            info = zipfile.ZipInfo(name, date_time=(2024, 12, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def community_html():
    body = [f"<h1>{html.escape(COMMUNITY_TITLE)}</h1>"]
    for tag, text in COMMUNITY:
        body.append(f"<{tag}>{html.escape(text)}</{tag}>")
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(COMMUNITY_TITLE)}</title>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "Examples", "submissions")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "branch-03-village.txt"), "wb") as f:
        f.write(VILLAGE.encode("gb18030"))
    write_docx(os.path.join(out, "branch-07-school.docx"), SCHOOL)
    with open(os.path.join(out, "branch-11-community.html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(community_html())
    with open(os.path.join(out, "branch-15-enterprise-en.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(ENTERPRISE)


if __name__ == "__main__":
    main()

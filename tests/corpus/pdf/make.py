#!/usr/bin/env python3
"""Makes the test PDFs of tests/corpus/pdf from our own invented sample reports (samples/*.txt).

Each sample's prose is kept paragraph for paragraph; its tables are laid out again in the national format
(国办公开办函〔2021〕30号) as an HTML page with merged cells, and printed to PDF by headless Chromium or converted by
LibreOffice. The pages carry the hazards real PDFs have: column headers broken over two and three lines
("社会/公益/组织"), row labels wrapped in narrow columns with their numbers level with the middle line (Chromium) or
the first (LibreOffice), table 三 and a header running across a page break; in Chromium's copy the group label
"三、本年度办理结果" is written vertically and every page has the footer "-N-"; in LibreOffice's the group labels
wrap in a column two or three characters wide.

Usage (from the repository root): python3 tests/corpus/pdf/make.py
Needs: chromium, soffice (libreoffice-writer-nogui), pdftoppm (poppler-utils), fonts-noto-cjk.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

T2_ROWS = [
    # (key, label column A, label column B, label column C)
    ("new", "一、本年新收政府信息公开申请数量", None, None),
    ("carried_over", "二、上年结转政府信息公开申请数量", None, None),
    ("granted", "三、本年度办理结果", "（一）予以公开", None),
    ("partial", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("denied.1", None, "（三）不予公开", "1.属于国家秘密"),
    ("denied.2", None, None, "2.其他法律行政法规禁止公开"),
    ("denied.3", None, None, "3.危及“三安全一稳定”"),
    ("denied.4", None, None, "4.保护第三方合法权益"),
    ("denied.5", None, None, "5.属于三类内部事务信息"),
    ("denied.6", None, None, "6.属于四类过程性信息"),
    ("denied.7", None, None, "7.属于行政执法案卷"),
    ("denied.8", None, None, "8.属于行政查询事项"),
    ("unable.1", None, "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unable.2", None, None, "2.没有现成信息需要另行制作"),
    ("unable.3", None, None, "3.补正后申请内容仍不明确"),
    ("not_processed.1", None, "（五）不予处理", "1.信访举报投诉类申请"),
    ("not_processed.2", None, None, "2.重复申请"),
    ("not_processed.3", None, None, "3.要求提供公开出版物"),
    ("not_processed.4", None, None, "4.无正当理由大量反复申请"),
    ("not_processed.5", None, None, "5.要求行政机关确认或重新出具已获取信息"),
    ("other.1", None, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other.2", None, None, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other.3", None, None, "3.其他"),
    ("total", None, "（七）总计", None),
    ("carried_forward", "四、结转下年度继续办理", None, None),
]
ROWSPAN = {"三、本年度办理结果": 22, "（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}
NUMBER = re.compile(r"^[0-9０-９][0-9０-９.,]*$")


def read_sample(path):
    """Title, prose paragraphs by section (headings kept), and the numbers of the three tables in printed order."""
    lines = open(path, encoding="utf-8").read().split("\n")
    title = lines[0].strip()
    prose = []
    t1, t2, t3 = [], [], []
    section = 0
    for line in lines[1:]:
        if "\t" not in line:
            text = line.strip().lstrip("#").strip()
            if not text:
                continue
            m = re.match(r"^([一二三四五六])、", text)
            if m and len(text) < 40:
                section = "一二三四五六".index(m.group(1)) + 1
            prose.append((section, text))
            continue
        numbers = [c.strip() for c in line.split("\t") if NUMBER.match(c.strip())]
        if section == 2:
            t1 += numbers
        elif section == 3:
            if numbers:
                t2.append(numbers)
        elif section == 4:
            t3 += numbers
    assert len(t1) == 10 and len(t2) == 25 and len(t3) == 15, (path, len(t1), len(t2), len(t3))
    return title, prose, t1, t2, t3


def table1(v):
    e = html.escape
    def block(item, header, rows):
        out = f'<tr><td colspan="4" class="c" align="center">{e(item)}</td></tr>'
        out += '<tr><td class="c" align="center">信息内容</td>' + "".join(f'<td class="c" align="center"{span}>{e(h)}</td>' for h, span in header) + "</tr>"
        for label, cells in rows:
            out += f"<tr><td>{e(label)}</td>" + "".join(f'<td class="c" align="center"{span}>{c}</td>' for c, span in cells) + "</tr>"
        return out
    three = ' colspan="3"'
    body = block("第二十条第（一）项", [("本年制发件数", ""), ("本年废止件数", ""), ("现行有效件数", "")],
                 [("规章", [(v[0], ""), (v[1], ""), (v[2], "")]), ("行政规范性文件", [(v[3], ""), (v[4], ""), (v[5], "")])])
    body += block("第二十条第（五）项", [("本年处理决定数量", three)], [("行政许可", [(v[6], three)])])
    body += block("第二十条第（六）项", [("本年处理决定数量", three)], [("行政处罚", [(v[7], three)]), ("行政强制", [(v[8], three)])])
    body += block("第二十条第（八）项", [("本年收费金额（单位：万元）", three)], [("行政事业性收费", [(v[9], three)])])
    return f'<table class="t1" border="1" cellspacing="0" cellpadding="4" width="100%">{body}</table>'


def table2(rows, vertical):
    e = html.escape
    head = ('<tr><td colspan="3" rowspan="3" class="note">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
            '<td colspan="7" class="c" align="center">申请人情况</td></tr>'
            '<tr><td rowspan="2" class="c" align="center">自然人</td><td colspan="5" class="c" align="center">法人或其他组织</td><td rowspan="2" class="c" align="center">总计</td></tr>'
            '<tr><td class="c h" align="center">商业<br>企业</td><td class="c h" align="center">科研<br>机构</td><td class="c h" align="center">社会<br>公益<br>组织</td>'
            '<td class="c h" align="center">法律<br>服务<br>机构</td><td class="c h" align="center">其他</td></tr>')
    body = ""
    for (key, a, b, c), values in zip(T2_ROWS, rows):
        cells = ""
        if a is not None:
            if a in ROWSPAN:
                cls = "vert" if vertical else "c"
                cells += f'<td rowspan="{ROWSPAN[a]}" class="{cls}" width="22" align="center">{e(a)}</td>'
            else:
                cells += f'<td colspan="3">{e(a)}</td>'
        if b is not None:
            if b in ROWSPAN:
                cells += f'<td rowspan="{ROWSPAN[b]}">{e(b)}</td>'
            else:
                cells += f'<td colspan="2">{e(b)}</td>'
        if c is not None:
            cells += f'<td class="sub">{e(c)}</td>'
        cells += "".join(f'<td class="c v" align="center">{x}</td>' for x in values)
        body += f"<tr>{cells}</tr>"
    return f'<table class="t2" border="1" cellspacing="0" cellpadding="3" width="100%">{head}{body}</table>'


def table3(v):
    heads = ["结果<br>维持", "结果<br>纠正", "其他<br>结果", "尚未<br>审结"]
    sub = "".join(f'<td class="c h" align="center">{h}</td>' for h in heads) + '<td class="c h" align="center">总计</td>'
    head = ('<tr><td colspan="5" class="c" align="center">行政复议</td><td colspan="10" class="c" align="center">行政诉讼</td></tr>'
            '<tr>' + "".join(f'<td rowspan="2" class="c h" align="center">{h}</td>' for h in heads) + '<td rowspan="2" class="c h" align="center">总计</td>'
            '<td colspan="5" class="c" align="center">未经复议直接起诉</td><td colspan="5" class="c" align="center">复议后起诉</td></tr>'
            f"<tr>{sub}{sub}</tr>")
    body = "<tr>" + "".join(f'<td class="c v" align="center">{x}</td>' for x in v) + "</tr>"
    return f'<table class="t3" border="1" cellspacing="0" cellpadding="3" width="100%">{head}{body}</table>'


# Chromium prints the footer "-N-" from the page's margin box; LibreOffice's HTML import does not know margin boxes
# (and starts with an empty page when it meets one), so its copy goes without.
PAGE_RULE = '@page { size: A4; margin: 22mm 20mm 24mm 20mm; @bottom-center { content: "-" counter(page) "-"; font-size: 11pt; } }'
CSS = PAGE_RULE + """
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 14pt; line-height: 1.6; }
p.title { font-size: 18pt; text-align: center; text-indent: 0; margin-bottom: 0.6em; }
p { text-indent: 2em; margin: 0 0 0.2em 0; text-align: justify; }
table { border-collapse: collapse; margin: 0.6em 0 1em 0; font-size: 9.5pt; line-height: 1.3; }
td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: middle; }
td.c { text-align: center; }
.t1 { width: 100%; } .t3 { width: 100%; }
.t2 td.note { width: 9em; font-size: 8.5pt; }
.t2 td.sub { width: 9em; }
.t2 td.v { width: 2.6em; }
td.vert { writing-mode: vertical-rl; text-align: center; width: 1.2em; }
.t3 td.h { width: 2em; }
"""


def page(title, prose, t1, t2, t3, vertical=True):
    e = html.escape
    parts = [f'<p class="title">{e(title)}</p>']
    for section, text in prose:
        heading = re.match(r"^[一二三四五六]、", text) and len(text) < 40
        parts.append(f"<p>{e(text)}</p>")
        if heading and section == 2:
            parts.append(table1(t1))
        elif heading and section == 3:
            parts.append(table2(t2, vertical))
        elif heading and section == 4:
            parts.append(table3(t3))
    css = CSS if vertical else CSS.replace(PAGE_RULE, "")
    if not vertical:
        # LibreOffice 7.4 loses the first paragraph of an HTML body (it leaves an empty first page): give it one to lose
        parts.insert(0, "<p>&#8203;</p>")
    return f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{e(title)}</title><style>{css}</style></head><body>{"".join(parts)}</body></html>'


def chromium(html_path, pdf_path, tmp):
    profile = tempfile.mkdtemp(dir=tmp)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}",
                    "file://" + html_path], check=True, capture_output=True)


def libreoffice(src_path, pdf_path, tmp, export="pdf:writer_pdf_Export"):
    profile = tempfile.mkdtemp(dir=tmp)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", export,
                    "--outdir", tmp, src_path], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(src_path))[0] + ".pdf"), pdf_path)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        made = []
        for sample, name, producer in [("clean-2024-qinghe-eco.txt", "qinghe-2024", "chromium"),
                                       ("clean-2024-qinghe-eco.txt", "qinghe-2024", "libreoffice"),
                                       ("defect-arithmetic.txt", "chenglan-2023-arithmetic", "libreoffice")]:
            title, prose, t1, t2, t3 = read_sample(os.path.join(ROOT, "samples", sample))
            html_path = os.path.join(tmp, f"{name}.{producer}.html")
            pdf_path = os.path.join(HERE, f"{name}.{producer}.pdf")
            with open(html_path, "w", encoding="utf-8") as f:
                f.write(page(title, prose, t1, t2, t3, vertical=producer == "chromium"))
            if producer == "chromium":
                chromium(html_path, pdf_path, tmp)
            else:
                libreoffice(html_path, pdf_path, tmp)
            made.append(os.path.basename(pdf_path))
        # a scan: page 1 of the Chromium copy as a picture only, no text layer
        subprocess.run(["pdftoppm", "-r", "60", "-l", "1", "-png", os.path.join(HERE, "qinghe-2024.chromium.pdf"),
                        os.path.join(tmp, "scan")], check=True)
        png = sorted(p for p in os.listdir(tmp) if p.startswith("scan") and p.endswith(".png"))[0]
        scan_html = os.path.join(tmp, "scan.html")
        with open(scan_html, "w", encoding="utf-8") as f:
            f.write('<!DOCTYPE html><html><head><style>@page{size:A4;margin:0}body{margin:0}img{width:200mm}</style></head>'
                    f'<body><img src="{png}"></body></html>')
        chromium(scan_html, os.path.join(HERE, "scan.pdf"), tmp)
        made.append("scan.pdf")
        # an encrypted PDF (password "gongkai"), from a small page of our own
        small = os.path.join(tmp, "locked.html")
        with open(small, "w", encoding="utf-8") as f:
            f.write('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>本文件设有打开密码，用于测试。</p></body></html>')
        libreoffice(small, os.path.join(HERE, "encrypted.pdf"), tmp,
                    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                    '"DocumentOpenPassword":{"type":"string","value":"gongkai"}}')
        made.append("encrypted.pdf")
        for m in made:
            print(m, os.path.getsize(os.path.join(HERE, m)), "bytes")


if __name__ == "__main__":
    sys.exit(main())

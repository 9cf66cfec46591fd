# Builds a .docx from a tab-separated performance text as Word would hold it: lines without
# tabs as paragraphs, runs of tabbed lines as tables, 一级/二级 cells left empty under a filled
# one as vertical merges, a short row's last cell spanning the rest.
import sys, docx
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding='utf-8').read().split('\n')
if lines and lines[-1] == '': lines.pop()
d = docx.Document()
i = 0
def tcpr(cell):
    return cell._tc.get_or_add_tcPr()
while i < len(lines):
    if '\t' not in lines[i]:
        d.add_paragraph(lines[i]); i += 1; continue
    j = i
    while j < len(lines) and '\t' in lines[j]: j += 1
    rows = [l.split('\t') for l in lines[i:j]]
    width = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=width)
    for r, cells in enumerate(rows):
        for c in range(width):
            cell = t.rows[r].cells[c]
            text = cells[c] if c < len(cells) else ''
            if c < len(cells) or c == 0:
                cell.paragraphs[0].text = text
            if text == '' and c < 2 and r > 0 and c < len(cells):
                above = rows[r-1][c] if c < len(rows[r-1]) else ''
                if above != '' or getattr(t, '_m%d_%d' % (r-1, c), False):
                    vm = OxmlElement('w:vMerge'); tcpr(cell).append(vm); setattr(t, '_m%d_%d' % (r, c), True)
                    prev = t.rows[r-1].cells[c]
                    if not getattr(t, '_m%d_%d' % (r-1, c), False):
                        vr = OxmlElement('w:vMerge'); vr.set(qn('w:val'), 'restart'); tcpr(prev).append(vr)
        if len(cells) < width and len(cells) >= 1:
            # the last cell spans what is left of the row: remove the spanned cells
            tr = t.rows[r]._tr
            tcs = tr.findall(qn('w:tc'))
            last = tcs[len(cells)-1]
            gs = OxmlElement('w:gridSpan'); gs.set(qn('w:val'), str(width - len(cells) + 1))
            last.get_or_add_tcPr().append(gs)
            for extra in tcs[len(cells):]: tr.remove(extra)
    i = j
d.save(out)

"""Reads a Jixiao Excel export with openpyxl, as an independent reader, and prints what it
found as JSON: each sheet's cells (value, type, number format, wrap), merged ranges,
column widths, frozen panes, autofilter, print titles and paper; the file's created date."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [], "created": wb.properties.created.isoformat() if wb.properties.created else None}
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            cells[c.coordinate] = {
                "value": c.value if isinstance(c.value, (int, float, str)) else str(c.value),
                "type": type(c.value).__name__,
                "format": c.number_format,
                "wrap": bool(c.alignment.wrap_text),
                "bold": bool(c.font.bold),
            }
    out["sheets"].append({
        "name": ws.title,
        "cells": cells,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "printTitles": ws.print_title_rows,
        "paper": ws.page_setup.paperSize,
        "orientation": ws.page_setup.orientation,
        "maxRow": ws.max_row,
    })
print(json.dumps(out, ensure_ascii=False))

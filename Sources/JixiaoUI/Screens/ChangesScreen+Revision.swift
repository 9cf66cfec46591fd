import JixiaoModel
import JixiaoTextLayout

/// The `d` screen on a revision: `RevisionRecord.lines`, one row each, indented by what
/// the line is — a project, its opinions, the changes with a row's opinion under them —
/// and the selected line in full under the list.
extension ChangesScreen {
    /// A project's lines under it; the lines about no project at the left.
    static func indent(_ line: RevisionLine) -> Int {
        switch line.kind {
        case .heading, .project: 0
        case .opinion, .change: 2
        case .note: line.project == nil ? 0 : 2
        case .rowOpinion: 4
        }
    }

    static func style(_ kind: RevisionLine.Kind) -> Style {
        switch kind {
        case .heading: .normal
        case .project: .header
        case .opinion, .rowOpinion: Style(.returned)
        case .change: ProjectBody.editedStyle
        case .note: .dim
        }
    }

    static func detail(_ line: RevisionLine, _ s: AppState) -> [[Segment]] {
        let label = switch line.kind {
        case .heading: "修改稿"
        case .project: "项目"
        case .opinion, .rowOpinion: "意见"
        case .change: "改动"
        case .note: "说明"
        }
        return DetailLines.lines([DetailLines.Pair(label: label, value: line.text, style: style(line.kind))], x: 2, width: s.width - 3)
    }

    func renderRevision(_ lines: [RevisionLine], _ s: AppState, _ layout: Layout, into b: inout Buffer) {
        let whose = project.map { "\(s.document.projects[$0].number).\(s.document.projects[$0].shownName)" } ?? "全部项目"
        let version = s.revision.map { "第 \($0.version) 版" } ?? ""
        TitleBar.draw(&b, left: [("修改稿对比  ", .title), ("\(whose)：单位在\(version)里改了什么", Style(.title, bold: true))], state: s)
        b.write("退回意见列在它所针对的改动旁；Tab 看自导入以来的修改记录", x: 1, y: layout.columnTitles.y, style: .dim, limit: s.width - 2)
        let view = layout.viewport(offset: cursor.offset)
        for k in view.visible {
            let y = layout.list.y + k - view.offset
            let line = lines[k]
            let selected = k == cursor.selected
            if selected { b.fill(x: 0, y: y, width: b.width, height: 1, style: Style.normal.selected) }
            let x = 1 + Self.indent(line)
            let prefix = line.kind == .rowOpinion ? (s.glyphs.onlyASCII ? "-> " : "↳ ") : ""
            let text = DisplayWidth.clip(prefix + line.text, to: max(1, s.width - x - 1), ellipsis: s.glyphs.ellipsis)
            let style = Self.style(line.kind)
            b.write(text, x: x, y: y, style: selected ? style.selected : style, limit: s.width - x - 1)
        }
        if view.hasMoreBelow { b.write(s.glyphs.moreBelow, x: b.width - 1, y: layout.list.bottom - 1, style: .dim) }
        Self.drawDetail(layout, s, into: &b)
    }
}

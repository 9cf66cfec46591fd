import JixiaoRules

/// Where a project or the department part draws, what its body holds and how many lines
/// each part takes: computed once per state from the document, the findings, the filter,
/// the selection and the terminal size. The screen's reduce reads it to move, page,
/// reveal and clamp, its render to draw. Nothing in it is styled.
struct DetailLayout {
    /// The findings panel takes a third of the screen (more when the body needs less), and
    /// never less than this.
    static let minimumPanelHeight = 4

    var title: Rect
    var body: Rect
    /// The rule above the panel, naming the selection.
    var separator: Rect
    var panel: Rect
    var status: Rect

    var items: [BodyItem]
    /// The selected item, in range (0 when there are none).
    var selected: Int
    /// What the panel lists: the selected item's findings, or on the department screen
    /// every department-level finding; and each of them broken into lines.
    var panelFindings: [Finding]
    var panelBlocks: [FindingsPanel.Block]
    /// Where each of `panelBlocks` starts in the panel.
    var panelStarts: [Int]

    /// The areas at this size, `items` in the body with `selected` among them, and in the
    /// panel the selected item's findings — or, when given, `panelFindings`.
    init(width: Int, height: Int, items: [BodyItem], selected: Int, panelFindings: [Finding]? = nil) {
        // The panel takes a third; when the body's content is shorter than the rest, the
        // panel has the room it leaves (a tall terminal shows more, not blank lines).
        let room = height - 3
        var panelHeight = max(Self.minimumPanelHeight, (height - 2) / 3)
        let content = items.last?.lines.upperBound ?? 0
        if content < room - panelHeight { panelHeight = room - max(1, content) }
        let bodyHeight = max(1, room - panelHeight)
        title = Rect(x: 0, y: 0, width: width, height: 1)
        body = Rect(x: 0, y: title.bottom, width: width, height: bodyHeight)
        separator = Rect(x: 0, y: body.bottom, width: width, height: 1)
        panel = Rect(x: 0, y: separator.bottom, width: width, height: panelHeight)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        self.items = items
        self.selected = max(0, min(items.count - 1, selected))
        self.panelFindings = panelFindings ?? (items.indices.contains(self.selected) ? items[self.selected].findings : [])
        panelBlocks = FindingsPanel.blocks(self.panelFindings, width: width)
        var line = 0
        panelStarts = panelBlocks.map { block in
            defer { line += block.height }
            return line
        }
    }

    var bodyLength: Int { items.last?.lines.upperBound ?? 0 }
    var panelLength: Int { (panelStarts.last ?? 0) + (panelBlocks.last?.height ?? 0) }

    func bodyViewport(offset: Int) -> Viewport { Viewport(offset: offset, height: body.height, length: bodyLength) }
    func panelViewport(offset: Int) -> Viewport { Viewport(offset: offset, height: panel.height, length: panelLength) }

    /// The panel lines of finding `k`.
    func panelLines(of k: Int) -> Range<Int>? {
        panelStarts.indices.contains(k) ? panelStarts[k]..<panelStarts[k] + panelBlocks[k].height : nil
    }
}

/// Where things go on each screen, for the views to draw and the reducer to scroll by.
public struct Geometry: Equatable, Sendable {
    /// First row of the scrolling body and how many rows it has.
    public var bodyTop: Int
    public var bodyHeight: Int
    /// The findings panel (after its separator row).
    public var panelTop: Int
    public var panelHeight: Int
    /// The status line.
    public var statusRow: Int

    /// Overview: title, two summary lines, a rule, the table header; the list; a preview
    /// of the selected project's findings; the status line.
    public static func overview(width: Int, height: Int) -> Geometry {
        let preview = max(3, height / 5 - 1)
        let top = 5
        let body = max(1, height - top - 1 - preview - 1)
        return Geometry(bodyTop: top, bodyHeight: body, panelTop: top + body + 1, panelHeight: preview, statusRow: height - 1)
    }

    /// Project and department: the title line; the body; a separator; the findings
    /// panel (a third of the screen); the status line.
    public static func detail(width: Int, height: Int) -> Geometry {
        let panel = max(4, (height - 2) / 3)
        let top = 1
        let body = max(1, height - top - 1 - panel - 1)
        return Geometry(bodyTop: top, bodyHeight: body, panelTop: top + body + 1, panelHeight: panel, statusRow: height - 1)
    }
}

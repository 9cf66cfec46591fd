/// Layout shared by the reports.
enum ReportLayout {
    /// Columns running text is wrapped to: an 80-column terminal, less the two-column
    /// indent of a section's text and a margin.
    static let textWidth = 76
}

import JixiaoModel

/// The second round as text (`jixiao changes --since-revision`): `RevisionRecord.lines`,
/// indented by what each line is, a blank line before each project.
public enum RevisionReport {
    /// The report; `project` (0-based, in the current document) limits it to one project.
    public static func text(_ r: RevisionRecord, in d: Document, project: Int? = nil, time: ReviewRecordReport.TimeFormat) -> String {
        var out: [String] = []
        var previous: RevisionLine?
        for line in r.lines(in: d, project: project, time: time) {
            defer { previous = line }
            switch line.kind {
            case .heading: out.append(line.text)
            case .project: out += ["", line.text]
            case .opinion, .change: out.append("  " + line.text)
            case .rowOpinion: out.append("    ↳ " + line.text)
            case .note where line.project == nil:
                // The projects left as they were: apart, after the last project.
                if previous?.kind != .note || previous?.project != nil { out.append("") }
                out.append(line.text)
            case .note: out.append("  " + line.text)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

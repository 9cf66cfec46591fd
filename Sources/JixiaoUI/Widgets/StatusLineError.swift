import JixiaoModel

extension StatusLine {
    /// An error as the status line shows it — the workstation's one rendering of an
    /// error: one line, the place first when it has one, the hint in brackets.
    public static func text(for error: any ReviewerFacingError) -> String {
        var s = ""
        switch (error.file, error.line) {
        case let (file?, line?): s = "\(file):\(line)："
        case let (file?, nil): s = "\(file)："
        case let (nil, line?): s = "第 \(line) 行："
        case (nil, nil): break
        }
        s += error.message
        if !error.hint.isEmpty { s += "（\(error.hint.split(separator: "\n").joined(separator: "；"))）" }
        return s
    }
}

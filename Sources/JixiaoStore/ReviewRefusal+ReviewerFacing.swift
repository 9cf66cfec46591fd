import JixiaoModel

extension ReviewRefusal: ReviewerFacingError {
    public var message: String {
        switch self {
        case .openErrors(_, let number, let name, let findings, _):
            return "项目 \(number).\(name) 还有 \(findings.count) 个错误未改正或豁免，不能通过：\n"
                + findings.map { "  " + $0 }.joined(separator: "\n")
        case .returnedNotAnswered(_, let number, let name, let opinions):
            let said = opinions.isEmpty ? "" : "，退回意见：" + opinions.joined(separator: "；")
            return "项目 \(number).\(name) 已退回\(said)；通过前须确认退回意见已落实"
        }
    }

    public var hint: String {
        switch self {
        case .openErrors(_, _, _, _, let waive):
            "改正后再通过；或核实无误后豁免：\(waive)"
        case .returnedNotAnswered:
            "确认单位已按意见修改后，加 --answered 再通过"
        }
    }
}

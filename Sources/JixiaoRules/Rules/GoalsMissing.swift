import JixiaoModel

enum GoalsMissing {
    static let rule = Rule(
        id: "goals.missing",
        title: "缺少绩效目标",
        help: """
        每个项目都要写明年度绩效目标：这笔钱要做成什么、达到什么效果。没有目标或只写“无”“见附件”之类的占位，\
        绩效指标就无从对照，审核无法判断资金与目标是否相称。请按项目内容写明 1 至 3 条具体目标。
        """,
        category: .completeness, severity: .error, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            let p = ctx.project
            // One meaningful goal is enough: the rest are not read. A plain goal (`PlainScalars`)
            // is compared with the placeholders, all plain, by its bytes.
            let hasMeaningful = p.goals.contains {
                let bare = TextNormalization.withoutBlanks($0.text)
                // Plain text (each scalar its own Character) has its trailing punctuation cut
                // on its bytes, not Character by Character (most goals end with 。).
                if let bytes = placeholderBytes, PlainScalars.all(bare), let meaningful = Self.isMeaningful(plain: bare, placeholders: bytes) {
                    return meaningful
                }
                let t = bare.trimmingTrailingPunctuation
                guard !t.isEmpty else { return false }
                if let bytes = placeholderBytes, PlainScalars.all(t) { return !bytes.contains { $0.elementsEqual(t.utf8) } }
                return !Vocabulary.placeholders.contains(t)
            }
            guard !hasMeaningful else { return [] }
            let said = p.goals.map(\.text).joined(separator: " ")
            return [ctx.finding(Location(part: .goals, line: p.lines.goals),
                                said.isEmpty ? "项目\(ctx.projectLabel)没有填写绩效目标"
                                             : "绩效目标只有占位文字\(quoted: said)",
                                suggestion: "写明本项目年度要完成的事和要达到的效果")]
        },
        failing: [
            RuleExample("绩效目标为空", at: .project(1, .goals)) { $0[project: 1].goals = [] },
            RuleExample("只写“无”", at: .project(1, .goals)) { $0[project: 1].goals = [Goal(number: 1, text: "无")] },
            RuleExample("只写“见附件”", at: .project(1, .goals)) { $0[project: 1].goals = [Goal(number: 1, text: "见附件。")] },
        ],
        passing: [
            RuleExample("一条具体目标") { $0[project: 1].goals = [Goal(number: 1, text: "完成教师培训 4 期。")] },
        ])

    /// `Vocabulary.placeholders`' bytes when every one is plain; nil otherwise (each goal is
    /// then compared as Strings are).
    /// For a plain goal without blanks (`PlainScalars`): whether it is more than a placeholder
    /// once `trimmingTrailingPunctuation` — the six marks' bytes cut from its end (each is
    /// one scalar, and in plain text each scalar is a Character) — and empty is no meaning.
    /// nil when the bytes are not contiguous.
    static func isMeaningful(plain bare: String, placeholders: [[UInt8]]) -> Bool? {
        bare.utf8.withContiguousStorageIfAvailable { u in
            var end = u.count
            while end > 0 {
                let x = u[end - 1]
                if x == 0x3B || x == 0x2E || x == 0x2C {   // ; . ,
                    end -= 1
                } else if end >= 3, (u[end - 3] == 0xE3 && u[end - 2] == 0x80 && x == 0x82)   // 。
                            || (u[end - 3] == 0xEF && u[end - 2] == 0xBC && (x == 0x9B || x == 0x8C)) {   // ； ，
                    end -= 3
                } else {
                    break
                }
            }
            guard end > 0 else { return false }
            let t = UnsafeBufferPointer(rebasing: u[..<end])
            return !placeholders.contains { $0.count == t.count && $0.elementsEqual(t) }
        }
    }

    private static let placeholderBytes: [[UInt8]]? =
        Vocabulary.placeholders.allSatisfy(PlainScalars.all) ? Vocabulary.placeholders.map { Array($0.utf8) } : nil
}

private extension String {
    /// Without trailing 。；. and the like.
    var trimmingTrailingPunctuation: String {
        var s = self
        while let l = s.last, "。；;.，,".contains(l) { s.removeLast() }
        return s
    }
}

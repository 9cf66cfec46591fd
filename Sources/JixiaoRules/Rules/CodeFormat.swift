import JixiaoModel

/// 项目编码: region 6 digits, year 2 digits, 13 letters or digits.
enum CodeFormat {
    static let rule = Rule(
        id: "header.code-format",
        title: "项目编码缺失或格式不对",
        help: """
        项目编码是预算一体化系统中项目的唯一标识：6 位区划代码、2 位年度、13 位字母或数字，共 21 位（提取时混入的空格已去掉）。\
        编码缺失或格式不对，项目无法与预算库对应，批复和执行都会出错。请按预算一体化系统项目库中的编码填写。
        """,
        category: .completeness, severity: .error, basis: .systemConvention,
        check: .document { ctx in
            let projects = ctx.document.projects
            // No table printing a code is the layout of a published page: one note
            // (`header.code-absent`), not an error per table.
            let noneHasCode = projects.indices.allSatisfy { BareText.isOnlyBlanks(projects[$0].code) }  // `givesNoCode`, the code read in place
            // Each project read where it lies: `let p = projects[k]` copied it out.
            return projects.indices.compactMap { k in
                let location = Location(part: .header, line: projects[k].lines.code)
                if BareText.isOnlyBlanks(projects[k].code) {  // `givesNoCode`: asked of an array element, it copied the project
                    guard !noneHasCode else { return nil }
                    return ctx.finding(projectAt: k, location, "项目\(projects[k].number).\(projects[k].name)没有项目编码",
                                       suggestion: "按预算一体化系统项目库填写 21 位项目编码")
                }
                let code = projects[k].code
                guard !isWellFormed(code) else { return nil }
                return ctx.finding(projectAt: k, location,
                                   "项目编码\(quoted: code)不是 21 位的“6 位区划 + 2 位年度 + 13 位字母数字”格式（现为 \(code.count) 位）",
                                   suggestion: "核对预算一体化系统项目库中的编码后改正")
            }
        },
        failing: [
            RuleExample("编码少一位", at: .project(1, .header)) { $0[project: 1].code = "50010122ABCDEFGHIJK0" },
            RuleExample("编码为空", at: .project(1, .header)) { $0[project: 1].code = "" },
            RuleExample("区划含字母", at: .project(1, .header)) { $0[project: 1].code = "5001A122ABCDEFGHIJK01" },
        ],
        passing: [
            RuleExample("21 位，区划和年度为数字") { $0[project: 1].code = "13030621XVSFQA3VN6R2Y" },
            RuleExample("所有项目表都不印编码（公开发布的表样，另作一次说明）") { d in
                for p in 1...2 { d[project: p].code = "" }
            },
        ])

    /// By the code's bytes: 21 Characters each an ASCII digit (the first 8) or an ASCII
    /// digit or capital are 21 bytes of them, and such bytes are each a Character of their
    /// own (no ASCII digit or letter joins another scalar's cluster). The Character tests
    /// cost thousands of instructions a code.
    static func isWellFormed(_ code: String) -> Bool {
        var code = code
        return code.withUTF8 { b in
            guard b.count == 21 else { return false }
            for k in 0..<21 {
                let x = b[k]
                guard (0x30...0x39).contains(x) || (k >= 8 && (0x41...0x5A).contains(x)) else { return false }
            }
            return true
        }
    }

    /// `isWellFormed` by Characters: the definition the byte test must agree with.
    static func isWellFormedByCharacters(_ code: String) -> Bool {
        let c = Array(code)
        guard c.count == 21 else { return false }
        return c[..<8].allSatisfy { $0.isASCII && $0.isNumber }
            && c[8...].allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }
    }
}

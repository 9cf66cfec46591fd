import ArgumentParser
import Foundation
import JixiaoModel

/// swift-argument-parser in Chinese. The library parses the command line, finds what is
/// wrong and writes the help; its own words are English and fixed, so this translates
/// them: the help's headings and built-in flags, and each kind of usage error, which
/// becomes a `UsageError` shown like any other error. An unknown subcommand is named as
/// such, with the closest subcommand suggested.
enum ArgumentParserChinese {
    // MARK: Help

    /// The help text in Chinese: headings, the built-in flags, defaults and value lists.
    /// Other text (`--version`'s output, the JSON of `--experimental-dump-help`) is
    /// returned as it is.
    static func help(_ text: String) -> String {
        guard text.hasPrefix("OVERVIEW: ") || text.hasPrefix("USAGE: ") else { return text }
        var lines = text.components(separatedBy: "\n").map(helpLine)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static let headings = ["ARGUMENTS:": "参数：", "OPTIONS:": "选项：", "SUBCOMMANDS:": "子命令："]

    private static func helpLine(_ line: String) -> String {
        if let h = headings[line] { return h }
        if line.hasPrefix("OVERVIEW: ") { return String(line.dropFirst("OVERVIEW: ".count)) }
        // "USAGE: " and "用法：" are both 7 columns, so wrapped usage lines stay aligned.
        if line.hasPrefix("USAGE: ") {
            return "用法：" + line.dropFirst("USAGE: ".count).replacingOccurrences(of: "<subcommand>", with: "<子命令>")
        }
        if line.hasPrefix("  See '"), line.hasSuffix("' for detailed help."),
           let command = quoted(line).first?.replacingOccurrences(of: " <subcommand>", with: "") {
            return "  \(command) 子命令：查看一个子命令的说明"
        }
        var s = line
            .replacingOccurrences(of: "Show the version.", with: "显示版本号")
            .replacingOccurrences(of: "Show help information.", with: "显示帮助")
            // Same width, so the column after the label stays where it was.
            .replacingOccurrences(of: " (default)  ", with: "（默认）    ")
        s = replacing(#" ?\(values: ([^;)]*); default: ([^)]*)\)"#, in: s) { "（可选：\(list($0[1]))；默认：\($0[2])）" }
        s = replacing(#" ?\(values: ([^)]*)\)"#, in: s) { "（可选：\(list($0[1]))）" }
        s = replacing(#" ?\(default: ([^)]*)\)"#, in: s) { "（默认：\($0[1])）" }
        return s
    }

    private static func list(_ commaSeparated: String) -> String {
        commaSeparated.components(separatedBy: ", ").joined(separator: "、")
    }

    // MARK: Usage errors

    /// The parse error as a reviewer-facing error: the library's message in Chinese, and
    /// as the hint the command's usage and where to read more.
    static func usageError(_ error: any Error) -> UsageError {
        let english = Jixiao.message(for: error)
        let full = Jixiao.fullMessage(for: error)
        let lines = full.components(separatedBy: "\n")

        // "Help:  -w <DIR>  工作区目录": what the missing argument or option is for.
        var purpose: String?
        if let help = lines.first(where: { $0.hasPrefix("Help:  ") }) {
            let rest = help.dropFirst("Help:  ".count)
            if let gap = rest.range(of: "  ") { purpose = String(rest[gap.upperBound...]) }
        }
        // "Usage: jixiao show …", possibly wrapped, then "  See 'jixiao show --help' for more information."
        var usage: [String] = []
        var inUsage = false
        var helpCommand: String?
        for line in lines {
            if line.hasPrefix("Usage: ") {
                inUsage = true
                usage.append(String(line.dropFirst("Usage: ".count)))
            } else if line.hasPrefix("  See '") {
                inUsage = false
                helpCommand = quoted(line).first
            } else if inUsage {
                usage.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        var (message, advice) = translate(english)
        if let purpose, message.hasPrefix("缺少") || message.hasSuffix("缺少值") { message += "：" + purpose }
        var hint = advice.map { [$0] } ?? []
        if !usage.isEmpty { hint.append("用法：" + usage.joined(separator: " ")) }
        if let helpCommand { hint.append(helpCommand + " 查看说明") }
        return UsageError(message: message, hint: hint.joined(separator: "\n"))
    }

    /// Each kind of message the library writes for our commands, in Chinese, with advice
    /// where the library gives some (a suggestion, the allowed values).
    static func translate(_ english: String) -> (message: String, advice: String?) {
        let q = quoted(english)
        func starts(_ prefix: String) -> Bool { english.hasPrefix(prefix) }
        if starts("Missing expected argument '"), q.count == 1 {
            return ("缺少参数 \(q[0])", nil)
        }
        if starts("Missing one of: ") {
            return ("缺少参数，应为 \(q.joined(separator: " 或 ")) 之一", nil)
        }
        if starts("Unknown option '") {
            let advice = english.contains("Did you mean") && q.count == 2 ? "是否要用 \(q[1])？" : nil
            return ("无法识别的选项 \(q[0])", advice)
        }
        if starts("Missing value for '"), q.count == 1 {
            return ("选项 \(q[0]) 缺少值", nil)
        }
        if starts("Unexpected argument '") || english.contains(" unexpected arguments: ") {
            return ("多余的参数" + q.map { "“\($0)”" }.joined(separator: "、"), nil)
        }
        if starts("The option '"), english.contains("does not take any value"), q.count == 2 {
            return ("选项 \(q[0]) 不带值，却给了“\(q[1])”", nil)
        }
        if starts("The value '"), q.count >= 2 {
            let target = q[1].components(separatedBy: " <").first ?? q[1]
            let allowed = q.dropFirst(2)
            if english.contains("Please provide one of the following:") {
                let values = english.components(separatedBy: "\n").dropFirst()
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
                return ("\(target) 的值“\(q[0])”无效", "可选：" + values.joined(separator: "、"))
            }
            return ("\(target) 的值“\(q[0])”无效", allowed.isEmpty ? nil : "可选：" + allowed.joined(separator: "、"))
        }
        return ("命令行参数有误：" + english, nil)
    }

    // MARK: Unknown subcommands

    static var subcommandNames: [String] {
        Jixiao.configuration.subcommands.map { $0.configuration.commandName ?? "" } + ["help"]
    }

    /// `jixiao chek` (the default subcommand takes no arguments, so a word first is meant
    /// as a subcommand) or `jixiao help chek`.
    static func unknownSubcommand(_ arguments: [String]) -> UsageError? {
        guard var word = arguments.first, !word.hasPrefix("-") else { return nil }
        if word == "help" {
            guard arguments.count > 1, !arguments[1].hasPrefix("-") else { return nil }
            word = arguments[1]
        }
        guard !subcommandNames.contains(word) else { return nil }
        let close = subcommandNames.filter { $0 != "help" }
            .map { ($0, editDistance($0, word)) }
            .filter { $0.1 <= max(1, word.count / 3) || $0.0.hasPrefix(word) }
            .min { $0.1 < $1.1 }?.0
        var hint = close.map { ["是否要用 jixiao \($0)？"] } ?? []
        hint.append("jixiao --help 列出全部子命令")
        return UsageError(message: "没有子命令“\(word)”", hint: hint.joined(separator: "\n"))
    }

    /// Levenshtein distance, for "did you mean".
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    // MARK: Text

    /// The 'quoted' parts of a message, in order.
    static func quoted(_ s: String) -> [String] {
        var out: [String] = []
        var current: String?
        for c in s {
            if c == "'" {
                if let done = current { out.append(done); current = nil } else { current = "" }
            } else if current != nil {
                current!.append(c)
            }
        }
        return out
    }

    private static func replacing(_ pattern: String, in s: String, _ make: ([String]) -> String) -> String {
        guard let re = try? NSRegularExpression(pattern: pattern),
              let m = re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return s }
        let groups = (0..<m.numberOfRanges).map { i in Range(m.range(at: i), in: s).map { String(s[$0]) } ?? "" }
        return s.replacingCharacters(in: Range(m.range, in: s)!, with: make(groups))
    }
}

/// A command line the parser could not make sense of: an unknown subcommand or option, a
/// missing or extra argument, a value that is not allowed.
struct UsageError: ReviewerFacingError {
    var message: String
    var hint: String
}

/// Paths in a message, shortened from the middle when space is short: the file's name and
/// the folders nearest it are what tell the reviewer where it went, so they stay, and the
/// start of the path keeps its first folder. `/home/wang/.local/share/jixiao/workspace/
/// exports/430001-2021.txt` becomes `/home/…/exports/430001-2021.txt`, never
/// `/home/wang/.local/sh`.
public enum PathShortening {
    /// `path` in at most `columns`, cut from the middle at folder boundaries; a name
    /// longer than that is cut in its own middle.
    public static func middle(_ path: String, to columns: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(path) > columns else { return path }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 2 else { return clipMiddle(path, to: columns, ellipsis: ellipsis) }
        // Keep the head (`/home`, `~`), then as many of the last parts as fit.
        let head = parts[0].isEmpty ? "/" + parts[1] : parts[0]
        let rest = parts[0].isEmpty ? Array(parts.dropFirst(2)) : Array(parts.dropFirst())
        var tail: [String] = []
        for part in rest.reversed() {
            let candidate = ([head, ellipsis] + [part] + tail).joined(separator: "/")
            if DisplayWidth.of(candidate) > columns { break }
            tail.insert(part, at: 0)
        }
        if tail.isEmpty {
            let name = rest.last ?? path
            let short = ([head, ellipsis, name]).joined(separator: "/")
            return DisplayWidth.of(short) <= columns ? short : clipMiddle(ellipsis + "/" + name, to: columns, ellipsis: ellipsis)
        }
        if tail.count == rest.count { return path }
        return ([head, ellipsis] + tail).joined(separator: "/")
    }

    /// The start and the end of `s`, with `ellipsis` between, in `columns`.
    static func clipMiddle(_ s: String, to columns: Int, ellipsis: String) -> String {
        let room = columns - DisplayWidth.of(ellipsis)
        guard room > 1 else { return DisplayWidth.prefix(s, fitting: columns) }
        let head = DisplayWidth.prefix(s, fitting: room / 2)
        var tail = ""
        var used = 0
        for c in s.reversed() {
            let w = DisplayWidth.of(c)
            if used + w > room - DisplayWidth.of(head) { break }
            tail.insert(c, at: tail.startIndex)
            used += w
        }
        return head + ellipsis + tail
    }

    /// The paths in `text` (from `/` or `~/` to a blank or Chinese punctuation), each
    /// shortened to `columns`.
    public static func shorteningPaths(in text: String, to columns: Int, ellipsis: String = "…") -> String {
        var out = ""
        var path = ""
        var inPath = false
        var previous: Character = " "
        func flush() {
            out += middle(path, to: columns, ellipsis: ellipsis)
            path = ""
            inPath = false
        }
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            if inPath {
                if c == " " || c == "\n" || pathEnds.contains(c) {
                    flush()
                    out.append(c)
                } else {
                    path.append(c)
                }
            } else if (c == "/" || (c == "~" && i + 1 < chars.count && chars[i + 1] == "/"))
                        && (i == 0 || previous == " " || !previous.isASCII) {
                // A path starts the text or follows a blank or Chinese (`在 /home/…`,
                // `：/home/…`); `2/9` is not one.
                inPath = true
                path.append(c)
            } else {
                out.append(c)
            }
            previous = c
        }
        if inPath { flush() }
        return out
    }

    /// Where a path in a Chinese sentence ends.
    static let pathEnds: Set<Character> = ["，", "。", "；", "：", "！", "？", "）", "（", "、", "」", "』", "”", "“"]
}

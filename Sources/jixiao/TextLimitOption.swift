import JixiaoModel

/// A value, opinion or reason given on the command line longer than `TextLimit` allows is
/// refused before anything is opened, naming the argument.
enum TextLimitOption {
    static func check(_ text: String, as argument: String) throws {
        if let refusal = TextLimit.refusal(of: text, as: argument) {
            throw CommandLineError(refusal, hint: "一个单元格、一条意见或理由以 \(TextLimit.characters) 字为限；请核对粘贴的内容")
        }
    }
}

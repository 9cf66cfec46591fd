import Testing
@testable import JixiaoUI

/// The app driven headless by command, as a reviewer would use it.
@Suite struct DriverTests {
    @Test func drillInAndOut() {
        let d = driver()
        #expect(d.screenText.contains("部门整体绩效目标"))
        d.press("move.down", "view.open")
        #expect(d.screenText.hasPrefix("1/13  机关监控设备维护费"))
        d.press("view.back")
        #expect(d.screenText.hasPrefix("绩效 Jixiao"))
        d.press("app.quit")
        #expect(d.finished)
    }

    @Test func everyErrorCanBeFoundWithN() {
        let d = driver()
        var errors = 0
        for _ in 0..<d.state.ordered.count {
            d.press("finding.next")
            if d.screenText.contains("错误") && d.state.ordered[d.state.currentFinding!].severity == .error { errors += 1 }
        }
        #expect(errors == 1)
    }

    @Test func resizeRedraws() {
        let d = driver()
        d.handle(.resize(width: 120, height: 40))
        #expect(d.frame.width == 120 && d.frame.height == 40)
        d.handle(.resize(width: 30, height: 8))
        #expect(d.screenText.contains("窗口太小"))
        d.handle(.resize(width: 80, height: 24))
        #expect(d.screenText.contains("预算数合计"))
    }

    /// Any key at any size, including absurd ones, never crashes and always draws a
    /// frame of the terminal's size.
    @Test func randomKeysAtRandomSizesNeverCrash() {
        var rng = SystemRandomNumberGenerator()
        let keys: [Key] = [.up, .down, .left, .right, .enter, .escape, .tab, .pageUp, .pageDown, .home, .end, .backspace,
                           .char("n"), .char("N"), .char("f"), .char("/"), .char("?"), .char("j"), .char("k"), .char("保"),
                           .char("g"), .char("G"), .char(" "), .function(1)]
        let sizes = [(0, 0), (1, 1), (59, 15), (60, 16), (61, 17), (80, 24), (200, 60), (300, 5), (10, 100)]
        for round in 0..<20 {
            let (w, h) = sizes[round % sizes.count]
            let d = driver(width: w, height: h)
            for _ in 0..<200 {
                if Int.random(in: 0..<30, using: &rng) == 0 {
                    let (nw, nh) = sizes.randomElement(using: &rng)!
                    d.handle(.resize(width: nw, height: nh))
                } else {
                    d.handle(.key(keys.randomElement(using: &rng)!))
                }
                #expect(d.frame.width == d.state.width && d.frame.height == d.state.height)
            }
        }
    }
}

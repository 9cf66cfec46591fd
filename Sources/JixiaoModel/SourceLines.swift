extension Document {
    /// The same content with every source line set to 0: what two documents read from
    /// different texts are compared by (the writer's layout puts things on other lines
    /// than the PDF extraction did) — and with no review, which the text does not carry.
    public var content: Document {
        var d = self
        d.review = Review()
        d.department.lines = Department.Lines(title: 0)
        d.overall.summary = d.overall.summary.map { Paragraph(number: $0.number, text: $0.text, line: 0) }
        d.overall.measures = d.overall.measures.map { Paragraph(number: $0.number, text: $0.text, line: 0) }
        d.overall.subGoals = d.overall.subGoals.map {
            SubGoal(number: $0.number, goal: $0.goal, indicators: $0.indicators, line: 0, indicatorsLine: nil)
        }
        d.contents = d.contents.map { ContentsEntry(part: $0.part, number: $0.number, title: $0.title, page: $0.page, line: 0) }
        for i in d.projects.indices {
            d.projects[i].lines = Project.Lines(heading: 0, unit: 0, code: 0, budget: 0, usage: nil, plan: 0,
                                                planFigures: nil, goals: 0, indicatorHeader: 0)
            for j in d.projects[i].indicators.indices { d.projects[i].indicators[j].line = 0 }
            for j in d.projects[i].budget.items.indices { d.projects[i].budget.items[j].line = 0 }
            for j in d.projects[i].facts.indices { d.projects[i].facts[j].line = 0 }
            for j in d.projects[i].notes.indices { d.projects[i].notes[j].line = 0 }
        }
        return d
    }
}

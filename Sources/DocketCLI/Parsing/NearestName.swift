/// What a mistyped name was probably meant to be: `docket lsit` is `docket list`, `--unti` is
/// `--unit`.
enum NearestName {
    /// The name of `names` nearest to `typed`, when one is near enough to be what was meant: at
    /// most a third of its letters wrong (one at least), a transposition counting as one.
    static func nearest(to typed: String, among names: [String]) -> String? {
        names.map { ($0, editDistance(typed, $0)) }
            .filter { $0.1 <= max(1, typed.count / 3) }
            .min { $0.1 < $1.1 }?.0
    }

    /// The distance between two names: insertions, deletions, substitutions and transpositions
    /// of two neighbouring letters (`lsit` is one from `list`), each counting one.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        // d[i][j]: the distance between a's first i letters and b's first j.
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}

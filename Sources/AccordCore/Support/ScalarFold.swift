/// Lowercase without accents or width differences, in plain Swift: what Foundation's
/// `folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)`
/// followed by `lowercased()` gives (the binary links only FoundationEssentials, which has no
/// folding). The data is measured from Foundation on every scalar by scripts/generate-fold-tables;
/// `ScalarFoldTests` compares the two on every scalar and on generated text.
///
/// Foundation folds scalar by scalar, except for the combining marks after a base:
/// - after most letters, digits and punctuation of the Latin, Greek and Cyrillic blocks (class 0)
///   every following mark is dropped ("e" + U+0301 → "e");
/// - after other bases (class 1) the first mark is dropped only if it is one of U+0300–U+036F or
///   U+0483–U+0489, other marks are kept, and the marks after that first one are kept in their
///   canonical decomposition, as every kept mark is;
/// - after a few bases whose case Foundation maps on its own (class 2: Armenian and Georgian
///   capitals, Roman numerals, circled letters, half-width katakana…) every mark is kept;
/// - kept marks are put in canonical order (by combining class, stable).
///
/// Known differences, scalar for scalar (measured on 586,539 random strings of arbitrary scalars
/// with none first: 3 differ, all runs of marks from different scripts around a joiner): the order
/// of marks that a zero-width joiner separates, text that starts with a combining mark followed by
/// other marks, and marks after U+0000. None can occur inside a typed word (which starts with a
/// letter).
enum ScalarFold {
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        /// Class of the base the current marks follow; nil at the start; -1: keep marks decomposed.
        var context: Int?
        func flush() {
            guard !run.isEmpty else { return }
            if run.count > 1 {
                run = run.enumerated().sorted {
                    ($0.element.properties.canonicalCombiningClass.rawValue, $0.offset)
                        < ($1.element.properties.canonicalCombiningClass.rawValue, $1.offset)
                }.map(\.element)
            }
            out.append(contentsOf: run)
            run.removeAll(keepingCapacity: true)
        }
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if let c = context, isMark(v) {
                switch c {
                case 0: continue
                case 3:
                    context = 0
                    appendCanonical(v, scalar, to: &run)
                case 1:
                    context = -1
                    if !((0x300...0x36F).contains(v) || (0x483...0x489).contains(v)) { appendCanonical(v, scalar, to: &run) }
                default:
                    appendCanonical(v, scalar, to: &run)
                }
                continue
            }
            flush()
            if let i = search(foldKeys, v) {
                let start = i == 0 ? 0 : Int(foldEnds[i - 1])
                for k in start..<Int(foldEnds[i]) { out.append(Unicode.Scalar(foldValues[k])!) }
            } else {
                out.append(scalar)
            }
            context = baseClass(v)
        }
        flush()
        return String(out).lowercased()
    }

    private static func appendCanonical(_ v: UInt32, _ scalar: Unicode.Scalar, to run: inout [Unicode.Scalar]) {
        guard let i = search(canonicalKeys, v) else {
            run.append(scalar)
            return
        }
        let start = i == 0 ? 0 : Int(canonicalEnds[i - 1])
        for k in start..<Int(canonicalEnds[i]) { run.append(Unicode.Scalar(canonicalValues[k])!) }
    }

    /// Index of `v` in the sorted `keys`.
    private static func search(_ keys: [UInt32], _ v: UInt32) -> Int? {
        var lo = 0
        var hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < keys.count && keys[lo] == v ? lo : nil
    }

    /// Whether `v` lies in one of the inclusive ranges `ranges` (pairs, or triples when `stride` is 3).
    private static func range(of v: UInt32, in ranges: [UInt32], stride: Int) -> Int? {
        var lo = 0
        var hi = ranges.count / stride
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid * stride + 1] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count / stride && ranges[lo * stride] <= v ? lo : nil
    }

    static func isMark(_ v: UInt32) -> Bool { v >= 0x80 && range(of: v, in: markRanges, stride: 2) != nil }

    static func baseClass(_ v: UInt32) -> Int {
        guard let i = range(of: v, in: baseClassRanges, stride: 3) else { return 1 }
        return Int(baseClassRanges[i * 3 + 2])
    }
}

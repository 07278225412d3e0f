import AccordCore
import Foundation

/// What the generated coach model depends on, as one FNV-1a 64-bit hash: the feature schema version,
/// the training and development sets, the coach's Swift sources (rules, lexicons, feature code; not the
/// generated model itself) and the training program. `accord-coach-train` records it in
/// `CoachModel+Generated.swift`; a test recomputes it and fails when the model is stale.
public enum CoachModelFingerprint {
    /// The files that feed the model, relative to the repository root, in a fixed order.
    public static func inputs(root: URL) -> [String] {
        var paths = ["Tests/AccordCoreTests/Coach/Data/train.tsv", "Tests/AccordCoreTests/Coach/Data/dev.tsv"]
        let fm = FileManager.default
        for dir in ["Sources/AccordCore/Coach", "Sources/AccordCore/Coach/Rules", "Sources/accord-coach-train"] {
            let names = (try? fm.contentsOfDirectory(atPath: root.appendingPathComponent(dir).path)) ?? []
            paths += names.filter { $0.hasSuffix(".swift") && $0 != "CoachModel+Generated.swift" }.map { "\(dir)/\($0)" }
        }
        paths += ["Sources/CoachEvaluation/LogisticRegression.swift"]
        return paths.sorted()
    }

    /// The fingerprint of the inputs under `root` (a missing file counts as empty).
    public static func compute(root: URL) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ bytes: some Sequence<UInt8>) {
            for b in bytes {
                hash ^= UInt64(b)
                hash = hash &* 0x100_0000_01b3
            }
        }
        add("schema \(CoachFeatures.schemaVersion)\n".utf8)
        for path in inputs(root: root) {
            add("\(path)\n".utf8)
            add((try? Data(contentsOf: root.appendingPathComponent(path))) ?? Data())
            add([0])
        }
        return String(hash, radix: 16)
    }
}

// The libFuzzer entry point of `accord-fuzz`: one binary for every target, built by scripts/fuzz
// with `swiftc -sanitize=fuzzer,address` over the AccordCore sources and fuzz/**.swift as one
// module (so internal entry points such as `FastRecordDecoder` are reachable). The target is
// chosen by ACCORD_FUZZ_TARGET. Each target may only return normally: any trap, failed
// `precondition` or memory error is a finding, and libFuzzer saves the input that caused it.
import Foundation

/// The fuzz targets, by the name `scripts/fuzz TARGET` takes.
let fuzzTargets: [String: (UnsafeRawBufferPointer) -> Void] = [
    "transcript-line": FuzzTranscriptLine.run,
    "transcript-file": FuzzTranscriptFile.run,
    "header": FuzzHeader.run,
    "playbook": FuzzPlaybook.run,
    "command-line": FuzzCommandLine.run,
    "answers": FuzzAnswers.run,
]

nonisolated(unsafe) var selectedTarget: ((UnsafeRawBufferPointer) -> Void)?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    if selectedTarget == nil {
        let name = ProcessInfo.processInfo.environment["ACCORD_FUZZ_TARGET"] ?? ""
        guard let target = fuzzTargets[name] else {
            let known = fuzzTargets.keys.sorted().joined(separator: ", ")
            fputs("accord-fuzz: set ACCORD_FUZZ_TARGET to one of: \(known)\n", stderr)
            exit(2)
        }
        selectedTarget = target
    }
    selectedTarget!(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

/// Text from fuzz bytes, as the terminal would hand it over (invalid UTF-8 repaired).
func fuzzText(_ bytes: UnsafeRawBufferPointer) -> String { String(decoding: bytes, as: UTF8.self) }

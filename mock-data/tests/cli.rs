//! The command line: clear errors for bad arguments and an unusable output folder, before any
//! work is done and without touching existing files.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mock-data")).args(args).output().expect("run mock-data");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn bad_arguments_are_explained() {
    let cases: [(&[&str], &str); 5] = [
        (&[], "missing command"),
        (&["frobnicate"], "unknown command 'frobnicate'"),
        (&["generate", "--seed", "abc"], "--seed: 'abc' is not a whole number"),
        (&["generate", "--scale", "7"], "outside 0 < F <= 1"),
        (&["generate", "--colour"], "--colour"),
    ];
    for (args, msg) in cases {
        let (code, err) = run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(msg), "{args:?}: expected '{msg}' in {err}");
        assert!(err.contains("usage:"), "{args:?}: no usage in {err}");
    }
}

#[test]
fn unwritable_output_fails_early_and_leaves_files_alone() {
    let dir = std::env::temp_dir().join(format!("md-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A file where the output folder should be.
    let blocked = dir.join("not-a-folder");
    std::fs::write(&blocked, b"keep me").unwrap();
    let (code, err) = run(&["generate", "--out", blocked.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("cannot"), "{err}");
    assert!(err.contains("unchanged"), "{err}");
    assert_eq!(std::fs::read(&blocked).unwrap(), b"keep me");
    let _ = std::fs::remove_dir_all(&dir);
}

//! The dependency tree's licences: every crate the product can link must be usable under the
//! project's Apache-2.0. A crate whose licence expression allows no accepted licence fails the suite,
//! naming it; adding a licence to the accepted list is a decision to make in review.

use std::collections::BTreeSet;
use std::process::Command;

/// Licences compatible with distributing the product under Apache-2.0: permissive ones, and MPL-2.0
/// (file-level copyleft: the crate's own files stay under it, ours are unaffected).
const ACCEPTED: &[&str] = &[
    "0BSD",
    "Apache-2.0",
    "Apache-2.0 WITH LLVM-exception",
    "BSD-1-Clause",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "BSL-1.0",
    "CC0-1.0",
    "CDLA-Permissive-2.0",
    "ISC",
    "MIT",
    "MIT-0",
    "MPL-2.0",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "Unlicense",
    "Zlib",
    "zlib-acknowledgement",
];

/// Whether an SPDX expression (`A OR B`, `(A OR B) AND C`, `A WITH exception`, or the older
/// `A/B`) lets us use the crate under accepted licences only.
fn acceptable(expression: &str) -> bool {
    let spaced = expression
        .replace('(', " ( ")
        .replace(')', " ) ")
        .replace('/', " OR ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut at = 0;
    let result = or_expression(&tokens, &mut at);
    result && at == tokens.len()
}

fn or_expression(tokens: &[&str], at: &mut usize) -> bool {
    let mut any = and_expression(tokens, at);
    while tokens.get(*at) == Some(&"OR") {
        *at += 1;
        any |= and_expression(tokens, at);
    }
    any
}

fn and_expression(tokens: &[&str], at: &mut usize) -> bool {
    let mut all = term(tokens, at);
    while tokens.get(*at) == Some(&"AND") {
        *at += 1;
        all &= term(tokens, at);
    }
    all
}

fn term(tokens: &[&str], at: &mut usize) -> bool {
    match tokens.get(*at) {
        Some(&"(") => {
            *at += 1;
            let inner = or_expression(tokens, at);
            if tokens.get(*at) == Some(&")") {
                *at += 1;
                inner
            } else {
                false
            }
        }
        Some(licence) => {
            *at += 1;
            let mut name = (*licence).to_owned();
            if tokens.get(*at) == Some(&"WITH") {
                name = format!("{name} WITH {}", tokens.get(*at + 1).unwrap_or(&""));
                *at += 2;
            }
            ACCEPTED.contains(&name.as_str())
        }
        None => false,
    }
}

#[test]
fn the_expression_reader_accepts_and_refuses_what_it_should() {
    assert!(acceptable("MIT OR Apache-2.0"));
    assert!(acceptable("MIT/Apache-2.0"));
    assert!(acceptable("(MIT OR Apache-2.0) AND Unicode-3.0"));
    assert!(acceptable("Apache-2.0 WITH LLVM-exception OR MIT"));
    assert!(acceptable("MIT OR Apache-2.0 OR LGPL-2.1-or-later"));
    assert!(!acceptable("GPL-3.0-only"));
    assert!(!acceptable("MIT AND GPL-2.0-or-later"));
    assert!(!acceptable("AGPL-3.0 OR SSPL-1.0"));
    assert!(!acceptable("(MIT"));
    assert!(!acceptable(""));
}

#[test]
fn every_dependency_has_a_licence_compatible_with_apache_2() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut refused = BTreeSet::new();
    for package in metadata["packages"].as_array().unwrap() {
        let name = package["name"].as_str().unwrap_or_default();
        let version = package["version"].as_str().unwrap_or_default();
        match package["license"].as_str() {
            Some(licence) if acceptable(licence) => {}
            Some(licence) => {
                refused.insert(format!("{name} {version}: {licence}"));
            }
            None => {
                refused.insert(format!("{name} {version}: no SPDX licence expression"));
            }
        }
    }
    assert!(
        refused.is_empty(),
        "dependencies whose licence is not compatible with Apache-2.0:\n{}",
        refused.into_iter().collect::<Vec<_>>().join("\n")
    );
}

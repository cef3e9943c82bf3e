//! What an image family name (or the source's image-name pattern) says about
//! the image: `tf-2-12-cu113-VERSION_DATE-py310` names CUDA 11.3 and Python
//! 3.10, `common-cu129-ubuntu-2404-nvidia-580` Ubuntu 24.04 and driver 580.
//!
//! The catalog validator uses it to catch a record whose fields disagree
//! with its own family names.

use super::text::joined;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FamilyFacts {
    /// `cu113` → `11.3`.
    pub cuda: Option<String>,
    /// `py310` → `3.10`.
    pub python: Option<String>,
    /// `ubuntu-2404` → `Ubuntu 24.04`, `debian-11` → `Debian 11`.
    pub os: Option<String>,
    /// `nvidia-580` → `580`.
    pub driver: Option<String>,
}

/// `129` → `12.9`: the last digit is the minor version.
fn dotted_last_digit(digits: &str) -> Option<String> {
    if digits.len() < 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // `split_at_checked`, not `split_at`: no panic path (and no panic
    // message formatting) in the bundle.
    let (major, minor) = digits.split_at_checked(digits.len() - 1)?;
    Some(joined(&[major, ".", minor]))
}

/// `310` → `3.10`: Python's major version is one digit.
fn dotted_first_digit(digits: &str) -> Option<String> {
    if digits.len() < 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (major, minor) = digits.split_at_checked(1)?;
    Some(joined(&[major, ".", minor]))
}

/// The parts of an image family, image name or container image name: they
/// join parts with `-` (VM images) or `-` and `.` (container names). The one
/// tokenizer of image names: the validator's facts and the lookup read these.
pub fn parts(name: &str) -> Vec<&str> {
    name.split(['-', '.']).collect()
}

/// A part of a name that is a number (`2204`, `580`).
pub fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// The length of a container URI's path up to and including its last `/`
/// (0 without one). Bytes, not a reverse `char` search: smaller in the bundle.
pub fn path_len(uri: &str) -> usize {
    uri.bytes().rposition(|b| b == b'/').map_or(0, |i| i + 1)
}

/// The last path segment of a container URI without its tag or digest:
/// `us-docker.pkg.dev/…/gcr.io/tf2-cpu.2-17.py310:latest` → `tf2-cpu.2-17.py310`.
pub fn container_name(uri: &str) -> &str {
    let last = uri.get(path_len(uri)..).unwrap_or(uri);
    let last = last.split('@').next().unwrap_or(last);
    last.split(':').next().unwrap_or(last)
}

impl FamilyFacts {
    /// Facts a container image URI states (see `read`).
    pub fn read_container(uri: &str) -> FamilyFacts {
        FamilyFacts::read(container_name(uri))
    }

    /// Facts an image family, image name or container image name states,
    /// its parts split on `-` and `.`: `tf-2-12-cu113-VERSION_DATE-py310`,
    /// `common-cu129-ubuntu-2404-nvidia-580`, `tf2-cu123.2-17.py310`,
    /// `vllm-inference.cu121.0-5.ubuntu2204.py310`. Families write a release
    /// as its own part (`ubuntu-2204`), container names glued (`ubuntu2204`).
    pub fn read(name: &str) -> FamilyFacts {
        let mut facts = FamilyFacts::default();
        let tokens = parts(name);
        let mut index = 0;
        while let Some(token) = tokens.get(index).copied() {
            let next = tokens.get(index + 1).copied().filter(|n| all_digits(n));
            // `ubuntu-2204` (next part) or `ubuntu2204` (glued).
            let release = |prefix: &str| match token.strip_prefix(prefix) {
                Some("") => next,
                Some(glued) if all_digits(glued) => Some(glued),
                _ => None,
            };
            if let Some(digits) = token.strip_prefix("cu") {
                facts.cuda = facts.cuda.or(dotted_last_digit(digits));
            } else if let Some(digits) = token.strip_prefix("py") {
                facts.python = facts.python.or(dotted_first_digit(digits));
            } else if let Some((year, month)) = release("ubuntu")
                .filter(|r| r.len() == 4)
                .and_then(|r| r.split_at_checked(2))
            {
                facts.os = Some(joined(&["Ubuntu ", year, ".", month]));
            } else if let Some(release) = release("debian") {
                facts.os = Some(joined(&["Debian ", release]));
            } else if token == "nvidia" && next.is_some() {
                facts.driver = next.map(str::to_owned);
            }
            index += 1;
        }
        facts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(
        family: &str,
        cuda: Option<&str>,
        python: Option<&str>,
        os: Option<&str>,
        driver: Option<&str>,
    ) {
        let expect = FamilyFacts {
            cuda: cuda.map(str::to_owned),
            python: python.map(str::to_owned),
            os: os.map(str::to_owned),
            driver: driver.map(str::to_owned),
        };
        assert_eq!(FamilyFacts::read(family), expect, "{family}");
    }

    #[test]
    fn reads_the_facts_each_family_pattern_names() {
        check(
            "common-cu129-ubuntu-2404-nvidia-580-VERSION_DATE",
            Some("12.9"),
            None,
            Some("Ubuntu 24.04"),
            Some("580"),
        );
        check(
            "pytorch-2-7-cu128-ubuntu-2204-nvidia-570-VERSION_DATE",
            Some("12.8"),
            None,
            Some("Ubuntu 22.04"),
            Some("570"),
        );
        check(
            "common-cpu-VERSION_DATE-debian-11",
            None,
            None,
            Some("Debian 11"),
            None,
        );
        check(
            "common-cu124-VERSION_DATE-debian-11-py310",
            Some("12.4"),
            Some("3.10"),
            Some("Debian 11"),
            None,
        );
        check(
            "tf-2-12-cu113-VERSION_DATE-py310",
            Some("11.3"),
            Some("3.10"),
            None,
            None,
        );
        check(
            "tf-2-6-cpu-VERSION_DATE-py39",
            None,
            Some("3.9"),
            None,
            None,
        );
        check(
            "pytorch-1-13-VERSION_DATE-py37",
            None,
            Some("3.7"),
            None,
            None,
        );
        check("tf-2-3-cpu", None, None, None, None);
        check("tf-2-3-cu110-VERSION_DATE", Some("11.0"), None, None, None);
        check(
            "pytorch-2-9-cu129-ubuntu-2204-nvidia-580-v20260416",
            Some("12.9"),
            None,
            Some("Ubuntu 22.04"),
            Some("580"),
        );
    }

    #[test]
    fn reads_container_image_names() {
        let check = |uri: &str, cuda: Option<&str>, python: Option<&str>, os: Option<&str>| {
            let facts = FamilyFacts::read_container(uri);
            assert_eq!(
                (
                    facts.cuda.as_deref(),
                    facts.python.as_deref(),
                    facts.os.as_deref(),
                    facts.driver
                ),
                (cuda, python, os, None),
                "{uri}"
            );
        };
        check(
            "us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cu123.2-17.py310",
            Some("12.3"),
            Some("3.10"),
            None,
        );
        check(
            "us-docker.pkg.dev/deeplearning-platform-release/gcr.io/tf2-cpu.2-17.py310:latest",
            None,
            Some("3.10"),
            None,
        );
        check(
            "gcr.io/deeplearning-platform-release/base-cu110.py37@sha256:abc",
            Some("11.0"),
            Some("3.7"),
            None,
        );
        check("us-docker.pkg.dev/deeplearning-platform-release/vertex-model-garden/vllm-inference.cu121.0-5.ubuntu2204.py310", Some("12.1"), Some("3.10"), Some("Ubuntu 22.04"));
        assert_eq!(container_name("a/b/c.d:tag"), "c.d");
        assert_eq!(container_name(""), "");
    }

    #[test]
    fn ignores_what_it_does_not_know() {
        check("", None, None, None, None);
        check("cu-py-ubuntu-debian-nvidia", None, None, None, None);
        check("ubuntu-24", None, None, None, None);
        check("cuda-cu1", None, None, None, None);
    }
}

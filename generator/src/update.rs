//! What `generator update NEW_SPEC` changes besides the spec and the generated crate: the
//! crate's version, raised by the bump the spec diff calls for, and a changelog entry made from
//! the diff report. Pure text in, text out; the command does the reading and writing.

use crate::diff::Report;

/// `version` raised by `bump` (`major`, `minor`, `patch` or `none`), as Cargo reads semver:
/// below 1.0.0 a breaking change raises the minor number and anything else the patch number
/// (0.3.1 → 0.4.0 for `major`, → 0.3.2 for `minor` or `patch`).
///
/// # Errors
///
/// When `version` is not `MAJOR.MINOR.PATCH` (pre-release and build metadata are dropped).
pub fn bumped_version(version: &str, bump: &str) -> Result<String, String> {
    let core = version.split(['-', '+']).next().unwrap_or(version);
    let parts: Vec<u64> = core
        .split('.')
        .map(str::parse)
        .collect::<Result<_, _>>()
        .map_err(|_| format!("the version `{version}` is not MAJOR.MINOR.PATCH"))?;
    let [major, minor, patch] = parts[..] else {
        return Err(format!("the version `{version}` is not MAJOR.MINOR.PATCH"));
    };
    let (major, minor, patch) = match (bump, major) {
        ("none", _) => return Ok(version.to_owned()),
        ("major", 0) => (0, minor + 1, 0),
        ("major", _) => (major + 1, 0, 0),
        ("minor", 0) | ("patch", _) => (major, minor, patch + 1),
        ("minor", _) => (major, minor + 1, 0),
        _ => return Err(format!("unknown bump `{bump}`")),
    };
    Ok(format!("{major}.{minor}.{patch}"))
}

/// The changelog entry for `version`, made from `report`: a heading, then the report's
/// summary and groups in Markdown, one heading level down. In a crate made of several specs,
/// `product` names the module whose spec changed.
pub fn changelog_entry(
    version: &str,
    date: &str,
    spec_name: &str,
    product: Option<&str>,
    report: &Report,
) -> String {
    let product = product
        .map(|m| format!(" (the product `{m}`)"))
        .unwrap_or_default();
    let mut entry = format!(
        "## {version} ({date})\n\nRegenerated from a new `{spec_name}`{product}; semver bump: {}.\n\n",
        report.bump()
    );
    for line in report.to_markdown().lines() {
        if line.starts_with('#') {
            entry.push('#');
        }
        entry.push_str(line);
        entry.push('\n');
    }
    entry
}

/// The changelog with `entry` added on top (below the title), or a new one.
pub fn with_entry(changelog: Option<&str>, entry: &str) -> String {
    const TITLE: &str = "# Changelog\n\n";
    let rest = changelog
        .map(|text| text.strip_prefix(TITLE).unwrap_or(text))
        .unwrap_or("");
    format!("{TITLE}{entry}\n{rest}").trim_end().to_owned() + "\n"
}

/// The selection file's text with its `version:` set to `version` (added after `package:`, or
/// at the end, when there is none). Comments and everything else stay as they are.
pub fn with_version(select_yaml: &str, version: &str) -> String {
    let mut lines: Vec<String> = select_yaml.lines().map(str::to_owned).collect();
    if let Some(line) = lines.iter_mut().find(|l| l.starts_with("version:")) {
        *line = format!("version: {version}");
    } else {
        let at = lines
            .iter()
            .position(|l| l.starts_with("package:"))
            .map_or(lines.len(), |i| i + 1);
        lines.insert(at, format!("version: {version}"));
    }
    lines.join("\n") + "\n"
}

/// Today's date as `YYYY-MM-DD` for `unix_seconds` since 1970-01-01 UTC (the proleptic
/// Gregorian calendar, from the count of days).
pub fn date(unix_seconds: u64) -> String {
    let days = i64::try_from(unix_seconds / 86_400).unwrap_or(0);
    // Days since 0000-03-01, in 400-year eras of 146,097 days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_rise_as_cargo_reads_semver() {
        let cases = [
            ("0.1.0", "major", "0.2.0"),
            ("0.1.0", "minor", "0.1.1"),
            ("0.1.0", "patch", "0.1.1"),
            ("0.1.0", "none", "0.1.0"),
            ("1.4.2", "major", "2.0.0"),
            ("1.4.2", "minor", "1.5.0"),
            ("1.4.2", "patch", "1.4.3"),
            ("1.4.2-beta.1", "patch", "1.4.3"),
        ];
        for (from, bump, to) in cases {
            assert_eq!(
                bumped_version(from, bump).as_deref(),
                Ok(to),
                "{from} {bump}"
            );
        }
        assert!(bumped_version("1.2", "minor").is_err());
        assert!(bumped_version("x.y.z", "minor").is_err());
    }

    #[test]
    fn the_version_line_is_set_and_the_rest_kept() {
        let text = "# comment\nspec: a.json\npackage: a\nversion: 0.1.0\noperations:\n  - X\n";
        assert_eq!(
            with_version(text, "0.2.0"),
            text.replace("version: 0.1.0", "version: 0.2.0")
        );
        assert_eq!(
            with_version("spec: a.json\npackage: a\nall: true\n", "1.0.0"),
            "spec: a.json\npackage: a\nversion: 1.0.0\nall: true\n"
        );
    }

    #[test]
    fn entries_go_on_top() {
        let first = with_entry(None, "## 0.2.0\n\nA.\n");
        assert_eq!(first, "# Changelog\n\n## 0.2.0\n\nA.\n");
        let second = with_entry(Some(&first), "## 0.3.0\n\nB.\n");
        assert_eq!(second, "# Changelog\n\n## 0.3.0\n\nB.\n\n## 0.2.0\n\nA.\n");
    }

    #[test]
    fn dates_follow_the_calendar() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(951_782_400), "2000-02-29");
        assert_eq!(date(1_796_342_400), "2026-12-04");
    }
}

//! "Did you mean": the closest of some names to a mistyped one.

/// Edit distance (insertions, deletions, substitutions, and swaps of two
/// neighbours), ignoring ASCII case.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    // Three rows of the classic table are enough for the swap rule.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// The candidate closest to `given`, when it is close enough to be what
/// was meant: at most a third of its length away (and at least 1, at most 3).
pub fn closest<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    ranked(given, candidates).into_iter().next()
}

/// Candidates close to `given`, best first: those within the distance
/// [`closest`] allows, then those that contain `given` (ignoring case), so
/// `chat.add` finds `im.chat.add`.
pub fn ranked<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let limit = (given.chars().count() / 3).clamp(1, 3);
    let lower = given.to_ascii_lowercase();
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let d = distance(given, c);
            if d <= limit {
                Some((d, c))
            } else if lower.len() >= 3 && c.to_ascii_lowercase().contains(&lower) {
                Some((limit + 1, c))
            } else {
                None
            }
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("im.chat.add", "im.chat.add"), 0);
        assert_eq!(distance("im.chat.ad", "im.chat.add"), 1);
        assert_eq!(distance("im.caht.add", "im.chat.add"), 1);
        assert_eq!(distance("IM.CHAT.ADD", "im.chat.add"), 0);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggestions() {
        let names = ["im.chat.add", "imbot.v2.Chat.add", "methods", "describe"];
        assert_eq!(closest("im.chat.ad", names), Some("im.chat.add"));
        assert_eq!(closest("method", names), Some("methods"));
        assert_eq!(closest("zzz", names), None);
        assert_eq!(
            ranked("chat.add", names),
            vec!["im.chat.add", "imbot.v2.Chat.add"]
        );
    }
}

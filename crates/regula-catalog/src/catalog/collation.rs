//! The Romanian alphabetical order of the students (CA-3).

/// A sort key that follows the Romanian alphabet: ă after a, â after ă, î after i, ș after s,
/// ț after t; case does not matter.
pub(super) fn collation_key(text: &str) -> Vec<(u32, u8)> {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ă' => ('a' as u32, 1),
            'â' => ('a' as u32, 2),
            'î' => ('i' as u32, 1),
            'ș' | 'ş' => ('s' as u32, 1),
            'ț' | 'ţ' => ('t' as u32, 1),
            c => (c as u32, 0),
        })
        .collect()
}

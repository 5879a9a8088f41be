//! An exact maximum-weight assignment (the Hungarian method, O(n³)), so that the proposer finds
//! the plan recognising the most credits, not a greedy approximation.

/// For a `rows × cols` matrix of non-negative weights, the column given to each row (or `None`)
/// so that the sum of the weights is maximal. A zero weight means "not allowed": rows left with
/// only zero-weight columns get `None`.
pub(crate) fn max_weight_assignment(weight: &[Vec<i64>]) -> Vec<Option<usize>> {
    let rows = weight.len();
    let cols = weight.first().map_or(0, Vec::len);
    let n = rows.max(cols);
    if n == 0 {
        return Vec::new();
    }
    let max = weight.iter().flatten().copied().max().unwrap_or(0);
    // Minimise cost = max − weight on a square matrix padded with `max` (weight 0).
    let cost = |i: usize, j: usize| -> i64 {
        if i < rows && j < cols {
            max - weight[i][j]
        } else {
            max
        }
    };
    // Jonker-style potentials (1-indexed, as in the classic e-maxx formulation).
    let inf = i64::MAX / 4;
    let mut u = vec![0i64; n + 1];
    let mut v = vec![0i64; n + 1];
    let mut p = vec![0usize; n + 1];
    let mut way = vec![0usize; n + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0usize;
        let mut minv = vec![inf; n + 1];
        let mut used = vec![false; n + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = inf;
            let mut j1 = 0usize;
            for j in 1..=n {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=n {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut assignment = vec![None; rows];
    for j in 1..=n {
        let i = p[j];
        if i >= 1 && i - 1 < rows && j - 1 < cols && weight[i - 1][j - 1] > 0 {
            assignment[i - 1] = Some(j - 1);
        }
    }
    assignment
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The best total by trying every assignment (small matrices).
    fn brute(weight: &[Vec<i64>]) -> i64 {
        fn go(row: usize, weight: &[Vec<i64>], used: &mut Vec<bool>) -> i64 {
            if row == weight.len() {
                return 0;
            }
            let mut best = go(row + 1, weight, used); // row unassigned
            for j in 0..used.len() {
                if !used[j] && weight[row][j] > 0 {
                    used[j] = true;
                    best = best.max(weight[row][j] + go(row + 1, weight, used));
                    used[j] = false;
                }
            }
            best
        }
        let cols = weight.first().map_or(0, Vec::len);
        go(0, weight, &mut vec![false; cols])
    }

    /// A zero weight is "not allowed": a row with only zeros left gets no column.
    #[test]
    fn a_zero_weight_is_never_assigned() {
        assert_eq!(
            max_weight_assignment(&[vec![0, 0], vec![0, 5]]),
            [None, Some(1)]
        );
        assert_eq!(max_weight_assignment(&[vec![0, 0, 0]]), [None]);
    }

    #[test]
    fn matches_brute_force_on_small_matrices() {
        let mut seed = 12345u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..300 {
            let rows = (next() % 6) as usize;
            let cols = (next() % 6) as usize;
            let weight: Vec<Vec<i64>> = (0..rows)
                .map(|_| {
                    (0..cols)
                        .map(|_| {
                            if next() % 3 == 0 {
                                0
                            } else {
                                (next() % 50) as i64
                            }
                        })
                        .collect()
                })
                .collect();
            let a = max_weight_assignment(&weight);
            let total: i64 = a
                .iter()
                .enumerate()
                .filter_map(|(i, j)| j.map(|j| weight[i][j]))
                .sum();
            assert_eq!(total, brute(&weight), "{weight:?} → {a:?}");
            let mut cols_used: Vec<usize> = a.iter().flatten().copied().collect();
            cols_used.sort_unstable();
            cols_used.dedup();
            assert_eq!(
                cols_used.len(),
                a.iter().flatten().count(),
                "a column used twice"
            );
        }
    }
}

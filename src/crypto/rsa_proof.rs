//! The proof that an RSA private key's parts agree (the key module reads them from
//! PKCS#1 and hands them here), on crypto-bigint's integers and word loops of our own.
//!
//! The proof, in arithmetic whose time depends on the sizes only, never on the
//! secret values (word loops of our own up to 4096 bits, crypto-bigint's above,
//! and a Hensel divisibility test of our own):
//! n odd; 1 < e; p, q > 1; p·q = n; e·d ≡ 1 (mod p−1) and (mod q−1);
//! dP = d mod (p−1); dQ = d mod (q−1); qInv·q ≡ 1 (mod p) with qInv < p.
//! Congruences are proven by exact division (`p−1 | d − dP`), which costs less
//! than computing remainders: a few big-integer multiplications in all.
//! Primality is not tested (it does not bear on whether the file's parts
//! agree, and would cost more than all of the above).

use crypto_bigint::{
    BoxedUint, ConcatenatingMul, CtEq, CtLt, NonZero, Resize, Uint, WideWord, Word,
};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::public_key::trim_be;

/// The fields of a two-prime `RSAPrivateKey`, as big-endian magnitudes borrowed
/// from the (zeroizing) input.
pub(crate) struct RsaParts<'a> {
    /// modulus
    pub(crate) n: &'a [u8],
    /// publicExponent
    pub(crate) e: &'a [u8],
    /// privateExponent
    pub(crate) d: &'a [u8],
    /// prime1
    pub(crate) p: &'a [u8],
    /// prime2
    pub(crate) q: &'a [u8],
    /// exponent1
    pub(crate) dp: &'a [u8],
    /// exponent2
    pub(crate) dq: &'a [u8],
    /// coefficient
    pub(crate) qinv: &'a [u8],
}

/// A secret big integer at `bytes`' own precision (at least one limb).
fn load(bytes: &[u8]) -> Zeroizing<BoxedUint> {
    let bits = u32::try_from(bytes.len().saturating_mul(8))
        .unwrap_or(u32::MAX)
        .max(64);
    Zeroizing::new(BoxedUint::from_be_slice_truncated(bytes, bits))
}

/// A divisor `m = 2^t·m'` (`m'` odd), split once for the divisibility tests
/// against it. `m` divides `x` iff `2^t | x` and `m' | x`. The odd part is
/// borrowed from a (zeroizing) integer the caller keeps.
struct Divisor<'m> {
    /// `t`, the number of trailing zero bits of `m`.
    twos: u32,
    /// `m'`, the odd part, as little-endian words.
    odd: &'m [Word],
}

/// `m`'s odd part `m'` and `t` (constant-time: crypto-bigint's trailing zeros
/// and shift).
fn split_boxed(m: &NonZero<BoxedUint>) -> (u32, Zeroizing<BoxedUint>) {
    let m: &BoxedUint = m.as_ref();
    let twos = m.trailing_zeros();
    (twos, Zeroizing::new(m.unbounded_shr(twos)))
}

/// Split the fixed-size `m` (not 0) as [`split_boxed`] does: its trailing zero
/// bits `t` (crypto-bigint's constant-time count), and `m >> t` into `odd`.
fn split_fixed<const L: usize>(m: &[Word; L], odd: &mut [Word; L]) -> u32 {
    let twos = Zeroizing::new(Uint::<L>::from_words(*m)).trailing_zeros();
    *odd = *m;
    shr_in_place(odd, twos);
    twos
}

/// `v >>= t` for `t` less than `v`'s bits, in time that depends on `v`'s
/// length only: whole words first, one power of two of them per pass (kept or
/// not by a mask), then the bits within words. A pass per bit of the word
/// count, where crypto-bigint's `shr` makes one per bit of the shift.
fn shr_in_place(v: &mut [Word], t: u32) {
    let words = usize::try_from(t / Word::BITS).unwrap_or(usize::MAX);
    let bits = t % Word::BITS;
    let mut step = 1;
    while step < v.len() {
        let take = Word::from(words & step != 0).wrapping_neg();
        for j in 0..v.len() {
            let from = v.get(j + step).copied().unwrap_or(0);
            if let Some(w) = v.get_mut(j) {
                *w = (*w & !take) | (from & take);
            }
        }
        step <<= 1;
    }
    // `(next << 1) << (w − 1 − bits)` is `next << (w − bits)`, and 0 for bits = 0.
    for j in 0..v.len() {
        let next = v.get(j + 1).copied().unwrap_or(0);
        if let Some(w) = v.get_mut(j) {
            *w = (*w >> bits) | ((next << 1) << (Word::BITS - 1 - bits));
        }
    }
}

impl<'m> Divisor<'m> {
    /// The divisor `2^twos·odd`.
    fn new(twos: u32, odd: &'m [Word]) -> Self {
        Divisor { twos, odd }
    }

    /// Whether `m` divides `x` (little-endian words), in time that depends only
    /// on their sizes to the word (see [`hensel`]), never on the values' bits.
    fn divides(&self, x: &[Word]) -> bool {
        // (The boxed path's working copy: it allocates for every value anyway.)
        let mut r: Zeroizing<Vec<Word>> =
            Zeroizing::new(Vec::with_capacity(x.len().saturating_add(2)));
        r.extend_from_slice(x);
        r.extend_from_slice(&[0, 0]);
        self.divides_in_place(&mut r)
    }

    /// [`Divisor::divides`] for `r` = `x`, then at least two words of 0;
    /// overwrites `r`.
    fn divides_in_place(&self, r: &mut [Word]) -> bool {
        // t is less than m's bits, and the odd part keeps m's words (it is
        // shifted at m's precision): those words of x hold its t low bits.
        let low = r.get(..self.odd.len()).unwrap_or(r);
        // (An odd divisor, t = 0, is one the caller knows to be odd, like p.)
        let low_clear = self.twos == 0 || low_bits_clear(low, u64::from(self.twos));
        low_clear & hensel(significant(self.odd), r)
    }
}

/// Whether the lowest `t` bits of `x` (little-endian words; bits past its top
/// count as 0) are all 0, looking at every word.
fn low_bits_clear(x: &[Word], t: u64) -> bool {
    let mut seen: Word = 0;
    let mut below = t;
    for &w in x {
        let mask = match below {
            0 => 0,
            b if b >= u64::from(Word::BITS) => Word::MAX,
            b => (1 << b) - 1,
        };
        seen |= w & mask;
        below = below.saturating_sub(u64::from(Word::BITS));
    }
    seen == 0
}

/// Whether `m` divides `x`; see [`Divisor`].
fn divides(m: &NonZero<BoxedUint>, x: &BoxedUint) -> bool {
    let (twos, odd) = split_boxed(m);
    Divisor::new(twos, odd.as_words()).divides(x.as_words())
}

/// Whether the odd `m` divides `x` (little-endian words: `r` is `x`, then at
/// least two words of 0, and is overwritten), by
/// Hensel's exact division run as a Montgomery reduction: add to `x` the
/// multiples `q_i·m·2^{wi}`, `q_i = −r_i·m⁻¹ mod 2^w`, that clear its words from
/// the lowest up. After `k = len(x) − len(m) + 1` steps (lengths without
/// leading zero words) the added `Q = Σ q_i·2^{wi}` is `−x·m⁻¹ mod 2^{wk}`.
/// Every quotient `q = x / m` fits in `k` words, so when `m` divides a nonzero
/// `x`, `Q = 2^{wk} − q` and `x + Q·m = 2^{wk}·m`: what is left above the
/// cleared words is `m` itself. Conversely, that leftover being `m` means
/// `x = (2^{wk} − Q)·m`.
///
/// The steps go two at a time: `q_{i+1}` is known from the low words before
/// row `i` is added, so one pass over `m` adds both rows and each word of `x`
/// is loaded and stored once per two steps. `k·len(m)` word multiply-adds;
/// loops and branches depend only on those lengths — the sizes of the key's
/// numbers to the word, which its DER encoding shows anyway — never on the
/// values' bits.
fn hensel(m: &[Word], r: &mut [Word]) -> bool {
    let x_len = significant(r).len();
    let (Some(&m0), len) = (m.first(), m.len()) else {
        return false;
    };
    if x_len == 0 {
        return true;
    }
    // 0 < x < m: no multiple.
    let Some(steps) = (x_len + 1).checked_sub(len) else {
        return false;
    };
    // The words the steps touch: x and two more.
    let Some(r) = r.get_mut(..x_len + 2) else {
        return false;
    };
    // m0⁻¹ mod 2^w by Newton's iteration: 3·m0 ⊕ 2 is right to 5 bits, and
    // each step doubles that (5 → 10 → 20 → 40 → 80 ≥ 64).
    let two: Word = 2;
    let mut inv = m0.wrapping_mul(3) ^ two;
    for _ in 0..4 {
        inv = inv.wrapping_mul(two.wrapping_sub(m0.wrapping_mul(inv)));
    }
    let neg_inv = inv.wrapping_neg();
    let m1 = m.get(1).copied().unwrap_or(0);
    let wide = WideWord::from;
    // The carry a pass owes the word `len` above the next pass's first (paid by that pass).
    let mut owed: WideWord = 0;
    let mut i = 0;
    while i < steps {
        let pair = i + 1 < steps;
        let Some(window) = r.get_mut(i..=i + len + 1) else {
            return false;
        };
        let Some((first, rest)) = window.split_first_mut() else {
            return false;
        };
        let (mid, top) = rest.split_at_mut(len - 1);
        let (Some(at_len), Some(above)) = (top.first().copied(), top.get(1).copied()) else {
            return false;
        };
        // Row i's digit, and the low word it leaves at position i + 1, which
        // gives row i + 1's digit (0 when this pass has one row).
        let q0 = first.wrapping_mul(neg_inv);
        let (cleared, mut c0) = mac(*first, q0, m0, 0);
        *first = cleared;
        // (With a one-word m, word i + 1 is word len, where the debt is paid.)
        let next = mid.first().map_or(wide(at_len) + owed, |&w| wide(w));
        let q1 = if pair {
            low_word(next + wide(q0) * wide(m1) + wide(c0)).wrapping_mul(neg_inv)
        } else {
            0
        };
        // Words 1 .. len of the pass: row i adds q0·m[j] with carry c0, row i + 1
        // adds q1·m[j−1] with carry c1.
        let c1;
        (c0, c1) = two_rows(mid, q0, q1, m, c0, 0);
        // Word len: row i's carry, the previous pass's debt and row i + 1's last product.
        let last = m.last().copied().unwrap_or(0);
        let t = wide(at_len) + wide(c0) + owed;
        let u = wide(low_word(t)) + wide(q1) * wide(last) + wide(c1);
        // Word len + 1: both rows' carries.
        let v = wide(above) + (t >> Word::BITS) + (u >> Word::BITS);
        if let [at, up] = top {
            *at = low_word(u);
            *up = low_word(v);
        }
        owed = v >> Word::BITS;
        i += if pair { 2 } else { 1 };
    }
    // Pay the last pass's carry; then compare what is above the cleared words
    // with m (the cleared words are 0 by construction, checked all the same).
    if let Some(last) = r.get_mut(steps + len) {
        *last = last.wrapping_add(low_word(owed));
    }
    let (cleared, rest) = r.split_at(steps.min(r.len()));
    let (body, top) = rest.split_at(len.min(rest.len()));
    let diff = body
        .iter()
        .zip(m)
        .fold(or_of_words(cleared) | or_of_words(top), |acc, (&w, &m)| {
            acc | (w ^ m)
        });
    body.len() == len && diff == 0
}

/// `words` without its leading (most significant) zero words.
fn significant(words: &[Word]) -> &[Word] {
    let len = words.iter().rposition(|&w| w != 0).map_or(0, |i| i + 1);
    words.get(..len).unwrap_or_default()
}

/// `a + x·y + c` as its low and high words (at most 2^{2w} − 1: no overflow).
#[inline(always)]
fn mac(a: Word, x: Word, y: Word, c: Word) -> (Word, Word) {
    let t = WideWord::from(a) + WideWord::from(x) * WideWord::from(y) + WideWord::from(c);
    (low_word(t), low_word(t >> Word::BITS))
}

/// The low word of a double word.
#[allow(
    clippy::cast_possible_truncation,
    reason = "the truncation is the point"
)]
const fn low_word(w: WideWord) -> Word {
    w as Word
}

/// `x − y`, or `None` when `y > x`.
fn sub(x: &BoxedUint, y: &BoxedUint) -> Option<Zeroizing<BoxedUint>> {
    let (r, borrow) = x.underflowing_sub(y);
    let r = Zeroizing::new(r);
    (!borrow.to_bool()).then_some(r)
}

/// `v − 1` as a non-zero divisor; `None` when `v ≤ 1`.
fn minus_one(v: &BoxedUint) -> Option<Zeroizing<NonZero<BoxedUint>>> {
    let (r, borrow) = v.underflowing_sub(BoxedUint::one());
    if borrow.to_bool() {
        return None;
    }
    NonZero::new(r).into_option().map(Zeroizing::new)
}

/// Why a key fails, relation by relation (the same words on both paths).
const NOT_PRIME: &str = "a prime factor p or q is 0 or 1";
const PQ_IS_NOT_N: &str = "p·q ≠ n: the prime factors do not multiply to the modulus";
const QINV_WRONG: &str = "qInv·q ≢ 1 (mod p): the CRT coefficient qInv (coefficient) is wrong";
/// For p, then q: the CRT exponent is wrong; d is wrong.
const CRT_WRONG: [(&str, &str); 2] = [
    (
        "dP (exponent1) ≠ d mod (p−1)",
        "e·d ≢ 1 (mod p−1): d is not the private exponent for e",
    ),
    (
        "dQ (exponent2) ≠ d mod (q−1)",
        "e·d ≢ 1 (mod q−1): d is not the private exponent for e",
    ),
];

/// What the two congruences for one prime say: `inverse` is `e·dP ≡ 1 (mod p−1)`,
/// `congruent` is `d ≡ dP (mod p−1)`; `wrong` the pair of [`CRT_WRONG`].
fn crt_verdict(
    inverse: bool,
    congruent: bool,
    wrong: (&'static str, &'static str),
) -> Result<(), &'static str> {
    let (crt_wrong, d_wrong) = wrong;
    match (inverse, congruent) {
        (true, true) => Ok(()),
        // dP inverts e but d is not dP + k(p−1): d is wrong.
        (true, false) => Err(d_wrong),
        // d ≡ dP and neither inverts e: e (or d and dP alike) is wrong.
        (false, true) => Err(d_wrong),
        (false, false) => Err(crt_wrong),
    }
}

/// Prove the relations of a two-prime key; the error says which one fails.
///
/// Every secret operation is a multiplication, subtraction, comparison, shift
/// or exact division whose time depends on the (public) sizes only; only the
/// pass/fail outcome of each relation steers the code. To spend one large
/// division per prime instead of two, `e·d ≡ 1 (mod p−1)` is proven as
/// `e·dP ≡ 1 (mod p−1)` together with `d ≡ dP (mod p−1)`, which imply it.
///
/// Keys up to 4096 bits (p, q, dP, dQ, qInv of at most 32 words, n and d of at
/// most 64, e of one) run on fixed-size word arrays in one stack frame
/// ([`prove_fixed`]: row-loop products, which at these sizes took no longer than
/// crypto-bigint's Karatsuba, and no allocation or per-value zeroizing); larger
/// ones on crypto-bigint's boxed integers. Both paths prove the same relations
/// in the same order, with the same messages (a property test holds them to it).
pub(crate) fn prove(k: &RsaParts<'_>) -> Result<(), &'static str> {
    public_facts(k)?;
    // Words for the half-size values, and for n and d at twice that.
    let bytes = |v: &[u8]| trim_be(v).len();
    let half = [k.p, k.q, k.dp, k.dq, k.qinv]
        .map(bytes)
        .into_iter()
        .max()
        .unwrap_or(0);
    let words = half
        .div_ceil(8)
        .max(bytes(k.n).max(bytes(k.d)).div_ceil(16));
    if bytes(k.e) <= 8 {
        match words {
            0..=8 => return prove_fixed::<8>(k),
            9..=16 => return prove_fixed::<16>(k),
            17..=24 => return prove_fixed::<24>(k),
            25..=32 => return prove_fixed::<32>(k),
            _ => {}
        }
    }
    prove_boxed(k)
}

/// The relations that involve public values and lengths only.
fn public_facts(k: &RsaParts<'_>) -> Result<(), &'static str> {
    if k.n.last().is_none_or(|b| b & 1 == 0) {
        return Err("the modulus n is even");
    }
    if k.e == [1] {
        return Err("the public exponent e is 1");
    }
    let n_len = k.n.len();
    let longer = |v: &[u8]| v.len() > n_len;
    if longer(k.e) {
        return Err("the public exponent e is longer than the modulus");
    }
    if [k.d, k.p, k.q, k.dp, k.dq, k.qinv].into_iter().any(longer) {
        return Err("a private value is longer than the modulus n");
    }
    Ok(())
}

/// The secret words of [`prove_fixed`]: `H` to a half-size value, `2·H` to d
/// and to a product; scrubbed on drop (zeroize's bulk fill per field).
struct Work<const H: usize> {
    d: [[Word; H]; 2],
    p: [Word; H],
    q: [Word; H],
    /// p − 1, then q − 1.
    m1: [Word; H],
    /// The odd part of m1.
    odd: [Word; H],
    /// dP, then dQ, then qInv.
    crt: [Word; H],
    /// The value under test, and at least two words of 0 above it (H ≥ 2).
    x: [[Word; H]; 3],
}

impl<const H: usize> Drop for Work<H> {
    fn drop(&mut self) {
        let Work {
            d,
            p,
            q,
            m1,
            odd,
            crt,
            x,
        } = self;
        d.as_flattened_mut().zeroize();
        x.as_flattened_mut().zeroize();
        for part in [p, q, m1, odd, crt] {
            part.as_mut_slice().zeroize();
        }
    }
}

impl<const H: usize> ZeroizeOnDrop for Work<H> {}

/// [`prove`] with every value in `H` words (n and d in `2·H`) and e in one;
/// the caller has checked that they fit. Products, differences and
/// comparisons run word by word over those fixed sizes, in one stack frame.
fn prove_fixed<const H: usize>(k: &RsaParts<'_>) -> Result<(), &'static str> {
    let mut n = [[0; H]; 2];
    load_be(k.n, n.as_flattened_mut());
    let mut e = [0];
    load_be(k.e, &mut e);
    let mut w = Work::<H> {
        d: [[0; H]; 2],
        p: [0; H],
        q: [0; H],
        m1: [0; H],
        odd: [0; H],
        crt: [0; H],
        x: [[0; H]; 3],
    };
    load_be(k.d, w.d.as_flattened_mut());
    load_be(k.p, &mut w.p);
    load_be(k.q, &mut w.q);
    // p, q > 1.
    let above_one = |v: &[Word; H], m1: &mut [Word; H]| !sub_into(v, &[1], m1) && !is_zero(m1);
    if !above_one(&w.q, &mut w.m1) || !above_one(&w.p, &mut w.m1) {
        return Err(NOT_PRIME);
    }

    let x = w.x.as_flattened_mut();
    mul_into(&w.p, &w.q, x);
    if !equal(x.get(..2 * H).unwrap_or_default(), n.as_flattened()) {
        return Err(PQ_IS_NOT_N);
    }

    for ((prime, crt), wrong) in [(&w.p, k.dp), (&w.q, k.dq)].into_iter().zip(CRT_WRONG) {
        sub_into(prime, &[1], &mut w.m1);
        load_be(crt, &mut w.crt);
        if !less(&w.crt, &w.m1) {
            return Err(wrong.0);
        }
        let twos = split_fixed(&w.m1, &mut w.odd);
        let m1 = Divisor::new(twos, &w.odd);
        // d − dP, e·dP − 1 and qInv·q − 1 are at most 2·H words; the two above
        // them are 0 (Hensel's room).
        let x =
            w.x.as_flattened_mut()
                .get_mut(..2 * H + 2)
                .unwrap_or_default();
        // d ≡ dP (mod p−1).
        let congruent = !sub_into(w.d.as_flattened(), &w.crt, x) && m1.divides_in_place(x);
        // e·dP ≡ 1 (mod p−1).
        mul_into(&e, &w.crt, x);
        let inverse = !sub_into_self(x, 1) && m1.divides_in_place(x);
        crt_verdict(inverse, congruent, wrong)?;
    }

    load_be(k.qinv, &mut w.crt);
    let x =
        w.x.as_flattened_mut()
            .get_mut(..2 * H + 2)
            .unwrap_or_default();
    mul_into(&w.crt, &w.q, x);
    // p is odd (p·q = n, which is odd): no twos to split off.
    let p_divides = !sub_into_self(x, 1) && Divisor::new(0, &w.p).divides_in_place(x);
    if !less(&w.crt, &w.p) || !p_divides {
        return Err(QINV_WRONG);
    }
    Ok(())
}

/// The big-endian `v` into the little-endian words `out`, eight bytes to a
/// word; bytes above `out` are dropped, as crypto-bigint's truncating decoder
/// drops them.
fn load_be(v: &[u8], out: &mut [Word]) {
    let v = trim_be(v);
    let chunks = v.rchunks_exact(8);
    let top = chunks.remainder();
    let mut filled = 0;
    for (word, chunk) in out.iter_mut().zip(chunks) {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(chunk);
        *word = Word::from_be_bytes(buf);
        filled += 1;
    }
    if let Some(word) = out.get_mut(filled) {
        // The leading bytes short of a whole word, if the words ran out first.
        *word = top.iter().fold(0, |w, &b| (w << 8) | Word::from(b));
    }
    for word in out.iter_mut().skip(filled + 1) {
        *word = 0;
    }
}

/// `a − b − borrow` and the borrow out.
#[inline(always)]
fn sbb(a: Word, b: Word, borrow: bool) -> (Word, bool) {
    let (s, b1) = a.overflowing_sub(b);
    let (s, b2) = s.overflowing_sub(Word::from(borrow));
    (s, b1 | b2)
}

/// `out = a − b` over `out`'s words (`a` and `b` extended with 0s); whether it
/// borrowed, that is `a < b` when `out` is as long as `a` and `b`.
fn sub_into(a: &[Word], b: &[Word], out: &mut [Word]) -> bool {
    let mut borrow = false;
    for (j, o) in out.iter_mut().enumerate() {
        let at = |v: &[Word]| v.get(j).copied().unwrap_or(0);
        (*o, borrow) = sbb(at(a), at(b), borrow);
    }
    borrow
}

/// `x −= y`; whether it borrowed (`y > x`).
fn sub_into_self(x: &mut [Word], y: Word) -> bool {
    let mut borrow = false;
    for (j, w) in x.iter_mut().enumerate() {
        (*w, borrow) = sbb(*w, if j == 0 { y } else { 0 }, borrow);
    }
    borrow
}

/// `a < b`, for words of the same length, looking at every word.
fn less(a: &[Word], b: &[Word]) -> bool {
    a.iter()
        .zip(b)
        .fold(false, |borrow, (&a, &b)| sbb(a, b, borrow).1)
}

/// `a = b`, looking at every word.
fn equal(a: &[Word], b: &[Word]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0, |diff, (&a, &b)| diff | (a ^ b)) == 0
}

/// `a = 0`, looking at every word.
fn is_zero(a: &[Word]) -> bool {
    or_of_words(a) == 0
}

/// The OR of `a`'s words: 0 exactly when `a` is.
fn or_of_words(a: &[Word]) -> Word {
    a.iter().fold(0, |any, &w| any | w)
}

/// `out = a·b` (schoolbook; `out` at least `len(a) + len(b)` words, the rest
/// set to 0): two rows of `a` per pass over `b`, as [`hensel`] adds its rows.
fn mul_into(a: &[Word], b: &[Word], out: &mut [Word]) {
    out.fill(0);
    let (Some(&b0), Some(&b_last), len) = (b.first(), b.last(), b.len()) else {
        return;
    };
    for (pass, rows) in a.chunks(2).enumerate() {
        let (x0, x1) = (
            rows.first().copied().unwrap_or(0),
            rows.get(1).copied().unwrap_or(0),
        );
        let Some(window) = out.get_mut(2 * pass..) else {
            return;
        };
        let Some((first, rest)) = window.split_first_mut() else {
            return;
        };
        let c0;
        (*first, c0) = mac(*first, x0, b0, 0);
        let Some(mid) = rest.get_mut(..len - 1) else {
            return;
        };
        let (c0, c1) = two_rows(mid, x0, x1, b, c0, 0);
        // Word len (no earlier pass reached it): row x0's carry and row x1's last
        // product; word len + 1 (when row x1 exists): what that carries.
        let (lo, hi) = mac(c0, x1, b_last, c1);
        if let Some(w) = rest.get_mut(len - 1) {
            *w = lo;
        }
        if let Some(w) = rest.get_mut(len) {
            *w = hi;
        }
    }
}

/// The middle words of a pass that adds `x0·m` at word 0 and `x1·m` at word 1:
/// `r[j] += x0·m[j + 1] + x1·m[j]` for the words of `r` (at most `len(m) − 1`),
/// with row `x0`'s carry `c0` and row `x1`'s carry `c1` in and out.
#[inline(always)]
fn two_rows(
    r: &mut [Word],
    x0: Word,
    x1: Word,
    m: &[Word],
    mut c0: Word,
    mut c1: Word,
) -> (Word, Word) {
    // Two words of r at a time (r[j], r[j + 1] take m[j .. j + 3]), then the
    // odd one out.
    let mut step = |r: &mut Word, lo: Word, hi: Word| {
        let t;
        (t, c0) = mac(*r, x0, hi, c0);
        (*r, c1) = mac(t, x1, lo, c1);
    };
    let done = r.len() & !1;
    let pairs = r.chunks_exact_mut(2);
    let lows = m.chunks_exact(2);
    let highs = m.get(1..).unwrap_or_default().chunks_exact(2);
    for ((r, lo), hi) in pairs.zip(lows).zip(highs) {
        if let ([r0, r1], [l0, l1], [h0, h1]) = (r, lo, hi) {
            step(r0, *l0, *h0);
            step(r1, *l1, *h1);
        }
    }
    if let (Some(r), Some(&lo), Some(&hi)) = (r.get_mut(done), m.get(done), m.get(done + 1)) {
        step(r, lo, hi);
    }
    (c0, c1)
}

/// [`prove`] on crypto-bigint's boxed integers, for any size.
fn prove_boxed(k: &RsaParts<'_>) -> Result<(), &'static str> {
    let n = BoxedUint::from_be_slice_vartime(k.n);
    let e = BoxedUint::from_be_slice_vartime(k.e);
    let d = load(k.d);
    let p = load(k.p);
    let q = load(k.q);

    let (Some(p1), Some(q1)) = (minus_one(&p), minus_one(&q)) else {
        return Err(NOT_PRIME);
    };

    let pq = Zeroizing::new(p.concatenating_mul(&*q));
    if !pq.ct_eq(&n).to_bool() {
        return Err(PQ_IS_NOT_N);
    }

    for ((m1, crt), wrong) in [(&p1, k.dp), (&q1, k.dq)].into_iter().zip(CRT_WRONG) {
        let crt = load(crt);
        if !below(&crt, m1) {
            return Err(wrong.0);
        }
        let (twos, odd) = split_boxed(m1);
        let m1 = Divisor::new(twos, odd.as_words());
        // d ≡ dP (mod p−1).
        let congruent = sub(&d, &crt).is_some_and(|diff| m1.divides(diff.as_words()));
        // e·dP ≡ 1 (mod p−1).
        let e_crt = Zeroizing::new(crt.concatenating_mul(&e));
        let inverse = sub(&e_crt, &BoxedUint::one()).is_some_and(|x| m1.divides(x.as_words()));
        crt_verdict(inverse, congruent, wrong)?;
    }

    let qinv = load(k.qinv);
    let p_nz = NonZero::new(BoxedUint::clone(&p))
        .into_option()
        .map(Zeroizing::new);
    let Some(p_nz) = p_nz else {
        return Err(NOT_PRIME);
    };
    let qinv_q = Zeroizing::new(qinv.concatenating_mul(&*q));
    if !below(&qinv, &p_nz) || !sub(&qinv_q, &BoxedUint::one()).is_some_and(|x| divides(&p_nz, &x))
    {
        return Err(QINV_WRONG);
    }
    Ok(())
}

/// Whether `x < m` (constant time for the sizes).
fn below(x: &BoxedUint, m: &NonZero<BoxedUint>) -> bool {
    let m: &BoxedUint = m.as_ref();
    let bits = m.bits_precision();
    if x.bits_precision() > bits {
        // More limbs than the bound: compare at x's size.
        let m = Zeroizing::new(m.resize_unchecked(x.bits_precision()));
        return x.ct_lt(&m).to_bool();
    }
    Zeroizing::new(x.resize_unchecked(bits)).ct_lt(m).to_bool()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::der::{self, Reader};
    use proptest::prelude::*;

    /// `divides` against crypto-bigint's (variable-time) exact division.
    fn reference(m: &BoxedUint, x: &BoxedUint) -> bool {
        let nz = NonZero::new(m.clone()).into_option();
        nz.is_some_and(|m| x.div_exact_vartime(&m).is_some().to_bool())
    }

    fn big(bytes: &[u8]) -> BoxedUint {
        BoxedUint::from_be_slice_vartime(bytes)
    }

    /// Bytes biased to the extremes, where carries and borrows pile up.
    fn byte() -> impl Strategy<Value = u8> {
        prop_oneof![2 => any::<u8>(), 2 => Just(0xff_u8), 1 => Just(0_u8)]
    }

    proptest! {
        /// Multiples (m·k, also ± a small offset) and arbitrary pairs, with
        /// even and odd divisors of one to five words.
        #[test]
        fn divides_agrees_with_exact_division(
            m in proptest::collection::vec(byte(), 1..40),
            k in proptest::collection::vec(byte(), 0..40),
            shift in 0u32..70,
            offset in 0u8..3,
            arbitrary in proptest::collection::vec(byte(), 0..80),
        ) {
            let m = big(&m);
            let bits = m.bits_precision() + 128;
            let m = m.resize(bits).shl(shift);
            prop_assume!(!bool::from(m.is_zero()));
            let nz = NonZero::new(m.clone()).into_option();
            let Some(nz) = nz else { return Ok(()); };
            let multiple = m.concatenating_mul(&big(&k));
            let x = multiple.wrapping_add(BoxedUint::from(u64::from(offset)).resize(multiple.bits_precision()));
            prop_assert_eq!(divides(&nz, &x), reference(&m, &x));
            let y = big(&arbitrary);
            prop_assert_eq!(divides(&nz, &y), reference(&m, &y));
        }
    }

    proptest! {
        /// The word-at-a-time decoder gives crypto-bigint's value, also for
        /// inputs shorter than, equal to and longer than four words, into
        /// words that held something before.
        #[test]
        fn load_be_is_crypto_bigints_decoding(v in proptest::collection::vec(byte(), 0..45)) {
            let want = Uint::<4>::from_be_slice_truncated(&v, Uint::<4>::BITS);
            let mut words = [Word::MAX; 4];
            load_be(&v, &mut words);
            prop_assert_eq!(Uint::<4>::from_words(words), want);
        }

        /// The schoolbook product is crypto-bigint's, for lengths of one to
        /// six words (odd and even row counts), into a longer output.
        #[test]
        fn mul_into_is_crypto_bigints_product(
            a in proptest::collection::vec(byte(), 1..48),
            b in proptest::collection::vec(byte(), 1..48),
        ) {
            let (x, y) = (big(&a), big(&b));
            let want = x.concatenating_mul(&y);
            let mut out = vec![Word::MAX; x.as_words().len() + y.as_words().len() + 3];
            mul_into(x.as_words(), y.as_words(), &mut out);
            let want = want.as_words();
            prop_assert_eq!(&out[..want.len()], want);
            prop_assert!(out[want.len()..].iter().all(|&w| w == 0));
        }
    }

    proptest! {
        /// The word-pass shift is crypto-bigint's, for every shift of four words.
        #[test]
        fn shr_in_place_is_crypto_bigints_shift(
            v in proptest::collection::vec(byte(), 0..33),
            t in 0u32..256,
        ) {
            let x = Uint::<4>::from_be_slice_truncated(&v, Uint::<4>::BITS);
            let mut words = *x.as_words();
            shr_in_place(&mut words, t);
            prop_assert_eq!(Uint::<4>::from_words(words), x.shr(t));
        }
    }

    #[test]
    fn divides_edge_cases() {
        let one = NonZero::new(BoxedUint::one()).into_option();
        let Some(one) = one else {
            panic!("1 is not zero")
        };
        assert!(divides(&one, &BoxedUint::zero()));
        assert!(divides(&one, &big(&[0xff; 64])));
        // 2^64 divides 2^64·3 but not 2^64·3 + 2^63.
        let m = NonZero::new(big(&[1, 0, 0, 0, 0, 0, 0, 0, 0])).into_option();
        let Some(m) = m else {
            panic!("2^64 is not zero")
        };
        assert!(divides(&m, &big(&[3, 0, 0, 0, 0, 0, 0, 0, 0])));
        assert!(!divides(&m, &big(&[3, 0x80, 0, 0, 0, 0, 0, 0, 0])));
        // 0 at one word of precision is a multiple of 2^65 (more zero bits than it has).
        let m = NonZero::new(big(&[2, 0, 0, 0, 0, 0, 0, 0, 0])).into_option();
        let Some(m) = m else {
            panic!("2^65 is not zero")
        };
        assert!(divides(&m, &big(&[0])));
        // The divisor larger than the dividend: only 0 is a multiple.
        let m = NonZero::new(big(&[0xff; 40])).into_option();
        let Some(m) = m else { panic!("not zero") };
        assert!(!divides(&m, &big(&[7])));
        assert!(divides(&m, &BoxedUint::zero()));
        // f·k is a multiple of f; one more is not.
        let multiple_and_next = |f: &[u8], k: &[u8]| {
            let (f, k) = (big(f), big(k));
            let x = f.concatenating_mul(&k);
            let Some(m) = NonZero::new(f).into_option() else {
                panic!("not zero")
            };
            assert!(divides(&m, &x));
            let next = x.wrapping_add(BoxedUint::one().resize(x.bits_precision()));
            assert!(!divides(&m, &next));
            x
        };
        // (2^128 − 1)².
        multiple_and_next(&[0xff; 16], &[0xff; 16]);
        // A long multiple: 80 words.
        let x = multiple_and_next(&[0xa5; 40], &[0xff; 600]);
        assert_eq!(x.as_words().len(), 80);
    }

    /// A toy key: p = 61, q = 53, n = 3233, e = 17, d = 2753 (the textbook example),
    /// dP = 53, dQ = 49, qInv = 38.
    fn toy() -> [Vec<u8>; 8] {
        [
            vec![0x0c, 0xa1],
            vec![17],
            vec![0x0a, 0xc1],
            vec![61],
            vec![53],
            vec![53],
            vec![49],
            vec![38],
        ]
    }

    fn prove_parts(v: &[Vec<u8>; 8]) -> Result<(), &'static str> {
        prove(&parts(v))
    }

    #[test]
    fn textbook_key_is_consistent() {
        assert_eq!(prove_parts(&toy()), Ok(()));
    }

    #[test]
    fn each_tampered_part_is_named() {
        // Table: field index, new value, expected message.
        let cases: &[(usize, &[u8], &str)] = &[
            (
                0,
                &[0x0c, 0xa3],
                "p·q ≠ n: the prime factors do not multiply to the modulus",
            ),
            (0, &[0x0c, 0xa2], "the modulus n is even"),
            (1, &[1], "the public exponent e is 1"),
            (
                1,
                &[19],
                "e·d ≢ 1 (mod p−1): d is not the private exponent for e",
            ),
            (
                2,
                &[0x0a, 0xc3],
                "e·d ≢ 1 (mod p−1): d is not the private exponent for e",
            ),
            (3, &[1], "a prime factor p or q is 0 or 1"),
            (4, &[], "a prime factor p or q is 0 or 1"),
            (5, &[54], "dP (exponent1) ≠ d mod (p−1)"),
            (6, &[50], "dQ (exponent2) ≠ d mod (q−1)"),
            (
                7,
                &[39],
                "qInv·q ≢ 1 (mod p): the CRT coefficient qInv (coefficient) is wrong",
            ),
            (
                2,
                &[1, 0, 0],
                "a private value is longer than the modulus n",
            ),
        ];
        for (i, value, want) in cases {
            let mut v = toy();
            v[*i] = value.to_vec();
            assert_eq!(prove_parts(&v), Err(*want), "field {i}");
        }
    }

    /// The eight fields of a fixture key (`None`: the toy key).
    fn fixture(bits: Option<u32>) -> [Vec<u8>; 8] {
        use base64::Engine as _;
        let Some(bits) = bits else { return toy() };
        let path = format!(
            "{}/testdata/rsa{bits}/key.pkcs1.pem",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).unwrap();
        let b64: String = text.lines().filter(|l| !l.starts_with("-----")).collect();
        let der = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap();
        // RSAPrivateKey: version, then n, e, d, p, q, dP, dQ, qInv.
        let mut seq = Reader::new(der::whole(&der, der::SEQUENCE).unwrap());
        seq.small_uint().unwrap();
        [(); 8].map(|()| seq.uint().unwrap().to_vec())
    }

    fn parts(v: &[Vec<u8>; 8]) -> RsaParts<'_> {
        RsaParts {
            n: &v[0],
            e: &v[1],
            d: &v[2],
            p: &v[3],
            q: &v[4],
            dp: &v[5],
            dq: &v[6],
            qinv: &v[7],
        }
    }

    #[test]
    fn fixture_keys_take_the_fixed_size_path_and_pass() {
        for bits in [512, 1024, 2048, 3072, 4096] {
            let v = fixture(Some(bits));
            assert_eq!(prove(&parts(&v)), Ok(()), "{bits}");
            assert_eq!(prove_boxed(&parts(&v)), Ok(()), "{bits}");
        }
    }

    proptest! {
        /// The fixed-size and the boxed path give the same verdict on fixture keys
        /// with one or two fields changed: bits flipped, the last byte moved by a
        /// little, a leading zero byte added (same value, longer), or the first
        /// byte dropped.
        #[test]
        fn fixed_and_boxed_paths_agree(
            key in 0usize..6,
            edits in proptest::collection::vec((0usize..8, 0u8..4, any::<u8>(), any::<usize>()), 0..3),
        ) {
            let bits = [None, Some(512), Some(1024), Some(2048), Some(3072), Some(4096)][key];
            let mut v = fixture(bits);
            for (field, kind, byte, at) in edits {
                let f = &mut v[field];
                match kind {
                    0 if !f.is_empty() => {
                        let i = at % f.len();
                        f[i] ^= byte.max(1);
                    }
                    1 if !f.is_empty() => {
                        let last = f.len() - 1;
                        f[last] = f[last].wrapping_add(byte % 5).wrapping_sub(2);
                    }
                    2 => f.insert(0, 0),
                    _ if !f.is_empty() => {
                        f.remove(0);
                    }
                    _ => {}
                }
            }
            let k = parts(&v);
            prop_assert_eq!(prove(&k), public_facts(&k).and_then(|()| prove_boxed(&k)));
        }
    }

    #[test]
    fn d_congruent_mod_lambda_passes() {
        // d + lcm(60, 52) = 2753 + 780 = 3533 still satisfies every relation.
        let mut v = toy();
        v[2] = vec![0x0d, 0xcd];
        assert_eq!(prove_parts(&v), Ok(()));
    }
}

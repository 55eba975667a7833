//! Keys made with OpenSSL 3.0 for the key module's tests (throwaway keys,
//! never used anywhere else). Encrypted ones use the password `correct horse`.
//! How they were made (`P='pass:correct horse'`):
//! - `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048` (and 1024), then
//!   `openssl rsa -traditional` for PKCS#1, `openssl pkey -pubout [-outform DER]`,
//!   `openssl rsa -RSAPublicKey_out`, `openssl pkcs8 -topk8 -nocrypt -outform DER`;
//! - `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256` (P-384, P-521),
//!   `openssl ec` for SEC1, `openssl ec -param_enc explicit`;
//! - `openssl genpkey -algorithm ED25519` (ED448, X25519), EC secp256k1, DSA 1024,
//!   RSA-PSS 1024, RSA 1024 with `-pkeyopt rsa_keygen_primes:3`;
//! - `openssl pkcs8 -topk8 -v2 aes-256-cbc -passout "$P"` (also `-v2 aes-128-cbc
//!   -v2prf hmacWithSHA1`, `-v2 des3`, `-v2 aes-192-cbc -v2prf hmacWithSHA512`,
//!   `-v2prf hmacWithSHA224` / `hmacWithSHA384`, `-scrypt -scrypt_N 1024 -scrypt_r 8
//!   -scrypt_p 1`, `-v1 PBE-SHA1-3DES`);
//! - `openssl ec -aes128 | -aes192 | -aes256 | -des3 -passout "$P"`, and
//!   `-des` with `-provider legacy -provider default`; `openssl rsa -traditional -aes256`.

/// `rsa2048.p1.pem`
pub(super) const RSA2048_PKCS1: &str = "\
-----BEGIN RSA PRIVATE KEY-----\n\
MIIEpQIBAAKCAQEAyztttsKWgn6kP3RwBTEV/ebIPpzKRhUPealz/5GRjVDN+bGb\n\
P9bNlTI3MoszhQZxXj/V3XzSJeox5GZtnOhJiqfGpSD+dDHZBwgReL68hE6R8SMl\n\
5W++XoBUev4ffRTbS6DL8PkkFXHaib7Y+9ZKVgEAVNoute5RQVN0a7+wh9tY7ucn\n\
ioKOm38CISLmTPOHGgScbL9GfL2ss4zOOgAQfhnVRCXpp6QPvvFzWDPYtqhVi/gl\n\
g93gLeQvM1dEiIxTcji5a4OkwiNOtDfxUv14zdRoW5hlFwUIoPbgS+NVOisvxAYX\n\
unE5aMhGB2dTjZ2kANJyybm3kxKfcmBzlmJeUwIDAQABAoIBABaSRHPRK24q1TXG\n\
9M9ezZZ5adv/sJIVXLaiafkEbdSdbi2WhYDoQRpE4s8rmU6OPKEUbeg/fgd/+d09\n\
aFx43/y/otb20cvjOBCz21znB4DvnlMtwtO3Pr64JKnUTM2o4gIwRaDpyrwm/Pfi\n\
Hlnknt+WajcCVGsYS3tPOCrktfJ16Lw43FcsQX5msjctE7vLXoJrf7ykIv7xyOdq\n\
RqS6vnOfPXMIrF1WsCQqRTUbDmFcFbLmeeEkFSZqEybJ93+S4fGmB4KQMokrwNqk\n\
3ojbnk6zYrvrypZKbHswCbo9NTpXJ53A9VLERE/cEHMbrJQmNuqNigj12uR4N+qP\n\
bQEtpcECgYEA6quPC0sbCArfOGoVIekq0TKhK1SPDk8Mza9qZrTjpiV7IOblkZLp\n\
R+lFFhwL9mr9gEtw1abqmPKdH1LTkyFy4dG2A5fscT8EbJJ5DEmRE/RrAVTnF0ie\n\
eIB8jMeggDJ0D+bONsmMZWflTzSva7O77mR37Sqna5BM0V8vCTzKiQsCgYEA3bRa\n\
G2cCfYO4quLU6/xFdtBi2Z5cCDy3fRqgPsGai4L0HBAgzguGTMaJAQOvVbyM/nYr\n\
mtCYRKiF/KqjvFJtwTBusTXAkiUoAOeJBIlTAZWuwbLZZ558OYyBeA/Dq+tIkimL\n\
DlhV1KfR1iqYZzlnBJoWLNrd05iuNAVV0j+FHNkCgYEAwVHlfFM6CI0USOAzWoVA\n\
Lah81zpIw2vhy0wX5lZcN5Im9frg4eTZ4tDLhiRCwpRvE5KSeJ+SIb+0KorMGyfy\n\
ARAG1r0AHmbgmSStLa8pIfw3bphn62l6iyCl+j+1/AYUUMk91iqBS0SkxnRLkvk0\n\
93WyyiFaXKU6czzrfbujyfMCgYEAl6UT+ShVaLrfZmuvDhdJAEL7SjTqaGv3aef7\n\
cdGFPyX8iPFzLtxtKTinX31Awdkta6QyoTtK27OVqkShqF+NWRYisK2+oXguy6eT\n\
bfnsP+o9VZpa4GhkOgzkRdYqlf5ibi9iQRak5sc/XUlXY0u9LkWjI101W9VUWprH\n\
n/74sskCgYEAhijwAJeJyLr2MXQb2NhqBBSDo2jf9PheTu88pnw2eo4Ht8lOUk1c\n\
+eeOTLOOZ+nPeG+E4idCZ2WcYxXbyEjfVJZ/tamC0hjeYUL6MX3gOF86Z1RCLbDj\n\
/FfCZLjIcZvkfBmTc3OqhyWgmBJPW4GPiDSjI6lBt+2d+dKBg3ZZNy0=\n\
-----END RSA PRIVATE KEY-----\n\
";

/// `rsa2048.p8.pem`
pub(super) const RSA2048_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQDLO222wpaCfqQ/\n\
dHAFMRX95sg+nMpGFQ95qXP/kZGNUM35sZs/1s2VMjcyizOFBnFeP9XdfNIl6jHk\n\
Zm2c6EmKp8alIP50MdkHCBF4vryETpHxIyXlb75egFR6/h99FNtLoMvw+SQVcdqJ\n\
vtj71kpWAQBU2i617lFBU3Rrv7CH21ju5yeKgo6bfwIhIuZM84caBJxsv0Z8vayz\n\
jM46ABB+GdVEJemnpA++8XNYM9i2qFWL+CWD3eAt5C8zV0SIjFNyOLlrg6TCI060\n\
N/FS/XjN1GhbmGUXBQig9uBL41U6Ky/EBhe6cTloyEYHZ1ONnaQA0nLJubeTEp9y\n\
YHOWYl5TAgMBAAECggEAFpJEc9ErbirVNcb0z17Nlnlp2/+wkhVctqJp+QRt1J1u\n\
LZaFgOhBGkTizyuZTo48oRRt6D9+B3/53T1oXHjf/L+i1vbRy+M4ELPbXOcHgO+e\n\
Uy3C07c+vrgkqdRMzajiAjBFoOnKvCb89+IeWeSe35ZqNwJUaxhLe084KuS18nXo\n\
vDjcVyxBfmayNy0Tu8tegmt/vKQi/vHI52pGpLq+c589cwisXVawJCpFNRsOYVwV\n\
suZ54SQVJmoTJsn3f5Lh8aYHgpAyiSvA2qTeiNueTrNiu+vKlkpsezAJuj01Olcn\n\
ncD1UsRET9wQcxuslCY26o2KCPXa5Hg36o9tAS2lwQKBgQDqq48LSxsICt84ahUh\n\
6SrRMqErVI8OTwzNr2pmtOOmJXsg5uWRkulH6UUWHAv2av2AS3DVpuqY8p0fUtOT\n\
IXLh0bYDl+xxPwRsknkMSZET9GsBVOcXSJ54gHyMx6CAMnQP5s42yYxlZ+VPNK9r\n\
s7vuZHftKqdrkEzRXy8JPMqJCwKBgQDdtFobZwJ9g7iq4tTr/EV20GLZnlwIPLd9\n\
GqA+wZqLgvQcECDOC4ZMxokBA69VvIz+diua0JhEqIX8qqO8Um3BMG6xNcCSJSgA\n\
54kEiVMBla7Bstlnnnw5jIF4D8Or60iSKYsOWFXUp9HWKphnOWcEmhYs2t3TmK40\n\
BVXSP4Uc2QKBgQDBUeV8UzoIjRRI4DNahUAtqHzXOkjDa+HLTBfmVlw3kib1+uDh\n\
5Nni0MuGJELClG8TkpJ4n5Ihv7QqiswbJ/IBEAbWvQAeZuCZJK0trykh/DdumGfr\n\
aXqLIKX6P7X8BhRQyT3WKoFLRKTGdEuS+TT3dbLKIVpcpTpzPOt9u6PJ8wKBgQCX\n\
pRP5KFVout9ma68OF0kAQvtKNOpoa/dp5/tx0YU/JfyI8XMu3G0pOKdffUDB2S1r\n\
pDKhO0rbs5WqRKGoX41ZFiKwrb6heC7Lp5Nt+ew/6j1VmlrgaGQ6DORF1iqV/mJu\n\
L2JBFqTmxz9dSVdjS70uRaMjXTVb1VRamsef/viyyQKBgQCGKPAAl4nIuvYxdBvY\n\
2GoEFIOjaN/0+F5O7zymfDZ6jge3yU5STVz5545Ms45n6c94b4TiJ0JnZZxjFdvI\n\
SN9Uln+1qYLSGN5hQvoxfeA4XzpnVEItsOP8V8JkuMhxm+R8GZNzc6qHJaCYEk9b\n\
gY+INKMjqUG37Z350oGDdlk3LQ==\n\
-----END PRIVATE KEY-----\n\
";

/// `rsa2048.p8.der`, base64.
pub(super) const RSA2048_PKCS8_DER: &str = "MIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQDLO222wpaCfqQ/dHAFMRX95sg+nMpGFQ95qXP/kZGNUM35sZs/1s2VMjcyizOFBnFeP9XdfNIl6jHkZm2c6EmKp8alIP50MdkHCBF4vryETpHxIyXlb75egFR6/h99FNtLoMvw+SQVcdqJvtj71kpWAQBU2i617lFBU3Rrv7CH21ju5yeKgo6bfwIhIuZM84caBJxsv0Z8vayzjM46ABB+GdVEJemnpA++8XNYM9i2qFWL+CWD3eAt5C8zV0SIjFNyOLlrg6TCI060N/FS/XjN1GhbmGUXBQig9uBL41U6Ky/EBhe6cTloyEYHZ1ONnaQA0nLJubeTEp9yYHOWYl5TAgMBAAECggEAFpJEc9ErbirVNcb0z17Nlnlp2/+wkhVctqJp+QRt1J1uLZaFgOhBGkTizyuZTo48oRRt6D9+B3/53T1oXHjf/L+i1vbRy+M4ELPbXOcHgO+eUy3C07c+vrgkqdRMzajiAjBFoOnKvCb89+IeWeSe35ZqNwJUaxhLe084KuS18nXovDjcVyxBfmayNy0Tu8tegmt/vKQi/vHI52pGpLq+c589cwisXVawJCpFNRsOYVwVsuZ54SQVJmoTJsn3f5Lh8aYHgpAyiSvA2qTeiNueTrNiu+vKlkpsezAJuj01OlcnncD1UsRET9wQcxuslCY26o2KCPXa5Hg36o9tAS2lwQKBgQDqq48LSxsICt84ahUh6SrRMqErVI8OTwzNr2pmtOOmJXsg5uWRkulH6UUWHAv2av2AS3DVpuqY8p0fUtOTIXLh0bYDl+xxPwRsknkMSZET9GsBVOcXSJ54gHyMx6CAMnQP5s42yYxlZ+VPNK9rs7vuZHftKqdrkEzRXy8JPMqJCwKBgQDdtFobZwJ9g7iq4tTr/EV20GLZnlwIPLd9GqA+wZqLgvQcECDOC4ZMxokBA69VvIz+diua0JhEqIX8qqO8Um3BMG6xNcCSJSgA54kEiVMBla7Bstlnnnw5jIF4D8Or60iSKYsOWFXUp9HWKphnOWcEmhYs2t3TmK40BVXSP4Uc2QKBgQDBUeV8UzoIjRRI4DNahUAtqHzXOkjDa+HLTBfmVlw3kib1+uDh5Nni0MuGJELClG8TkpJ4n5Ihv7QqiswbJ/IBEAbWvQAeZuCZJK0trykh/DdumGfraXqLIKX6P7X8BhRQyT3WKoFLRKTGdEuS+TT3dbLKIVpcpTpzPOt9u6PJ8wKBgQCXpRP5KFVout9ma68OF0kAQvtKNOpoa/dp5/tx0YU/JfyI8XMu3G0pOKdffUDB2S1rpDKhO0rbs5WqRKGoX41ZFiKwrb6heC7Lp5Nt+ew/6j1VmlrgaGQ6DORF1iqV/mJuL2JBFqTmxz9dSVdjS70uRaMjXTVb1VRamsef/viyyQKBgQCGKPAAl4nIuvYxdBvY2GoEFIOjaN/0+F5O7zymfDZ6jge3yU5STVz5545Ms45n6c94b4TiJ0JnZZxjFdvISN9Uln+1qYLSGN5hQvoxfeA4XzpnVEItsOP8V8JkuMhxm+R8GZNzc6qHJaCYEk9bgY+INKMjqUG37Z350oGDdlk3LQ==";

/// `rsa2048.spki.der`, base64.
pub(super) const RSA2048_SPKI_DER: &str = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyztttsKWgn6kP3RwBTEV/ebIPpzKRhUPealz/5GRjVDN+bGbP9bNlTI3MoszhQZxXj/V3XzSJeox5GZtnOhJiqfGpSD+dDHZBwgReL68hE6R8SMl5W++XoBUev4ffRTbS6DL8PkkFXHaib7Y+9ZKVgEAVNoute5RQVN0a7+wh9tY7ucnioKOm38CISLmTPOHGgScbL9GfL2ss4zOOgAQfhnVRCXpp6QPvvFzWDPYtqhVi/glg93gLeQvM1dEiIxTcji5a4OkwiNOtDfxUv14zdRoW5hlFwUIoPbgS+NVOisvxAYXunE5aMhGB2dTjZ2kANJyybm3kxKfcmBzlmJeUwIDAQAB";

/// `rsa2048.spki.pem`
pub(super) const RSA2048_SPKI: &str = "\
-----BEGIN PUBLIC KEY-----\n\
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyztttsKWgn6kP3RwBTEV\n\
/ebIPpzKRhUPealz/5GRjVDN+bGbP9bNlTI3MoszhQZxXj/V3XzSJeox5GZtnOhJ\n\
iqfGpSD+dDHZBwgReL68hE6R8SMl5W++XoBUev4ffRTbS6DL8PkkFXHaib7Y+9ZK\n\
VgEAVNoute5RQVN0a7+wh9tY7ucnioKOm38CISLmTPOHGgScbL9GfL2ss4zOOgAQ\n\
fhnVRCXpp6QPvvFzWDPYtqhVi/glg93gLeQvM1dEiIxTcji5a4OkwiNOtDfxUv14\n\
zdRoW5hlFwUIoPbgS+NVOisvxAYXunE5aMhGB2dTjZ2kANJyybm3kxKfcmBzlmJe\n\
UwIDAQAB\n\
-----END PUBLIC KEY-----\n\
";

/// `rsa2048.rsapub.pem`
pub(super) const RSA2048_RSA_PUBLIC: &str = "\
-----BEGIN RSA PUBLIC KEY-----\n\
MIIBCgKCAQEAyztttsKWgn6kP3RwBTEV/ebIPpzKRhUPealz/5GRjVDN+bGbP9bN\n\
lTI3MoszhQZxXj/V3XzSJeox5GZtnOhJiqfGpSD+dDHZBwgReL68hE6R8SMl5W++\n\
XoBUev4ffRTbS6DL8PkkFXHaib7Y+9ZKVgEAVNoute5RQVN0a7+wh9tY7ucnioKO\n\
m38CISLmTPOHGgScbL9GfL2ss4zOOgAQfhnVRCXpp6QPvvFzWDPYtqhVi/glg93g\n\
LeQvM1dEiIxTcji5a4OkwiNOtDfxUv14zdRoW5hlFwUIoPbgS+NVOisvxAYXunE5\n\
aMhGB2dTjZ2kANJyybm3kxKfcmBzlmJeUwIDAQAB\n\
-----END RSA PUBLIC KEY-----\n\
";

/// `rsa1024.p8.pem`
pub(super) const RSA1024_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBALrYIO9Mtvy2+x4Q\n\
ySGH/ANnkI9Ef1hhpQJ92c7DGn6GIr2APf/p18J8OoX+wAkLlmhyjAZZYFdEJPto\n\
42VMp/N4xa8acm+l5DGPk6ruO9wcTgvLsjTW/dZ8y9jnT7swIxFDZaKoyPjSDTN8\n\
gSDgLQHoFrgSEpQg5SbC5SpKdVYlAgMBAAECgYAVWpIZB0l6hGcavoxeGq6ArRtm\n\
ZEuxjCdRq5Ry/vVONIJP6hIr50vTXGNL4RuNbReZhE3gg+Jw1sbrPMeQUjx3cucq\n\
gi5NRmGRheMsVJVwWzmEatjaB2+bVOSw+amj9HoXE2KN+A/bJR39fE2LoqaEJm/3\n\
arXWnwkXBcXWGAG3WQJBAOhIoGuINMe8wSrf9CqR0zWXmc20bYJ6yNVj2Hqy8l+W\n\
zklewsE01ny7CDtD37WZrVI/kcV0vY2SDt4Aahq0XGcCQQDN69Eu/WOEcJXNvoHL\n\
mgHE8r/FWQGhJ0p5rJGsKgZVKRb44J3IElmIe2+9RgGnu8VX1f4U7i50Kc2gx6KG\n\
TSGTAkEA14s9QUt9HrNq1GxI2I/E3AA3eoio7eEeJ9Wk9gbDniwEdFT4h+yN8+Ri\n\
eQw8tPlLufy/OelgU9Rq81qTGwCulQJBAILNzx0IPFT+p0oAP7azZ3hRstuLRGu3\n\
56kOo6I3N7qU1VDWbaOPdGwr7LjQZXDE6AB5oGJvQfbsLwB4j5a8HB0CQBTCfGJB\n\
VJgUi94qxNowZypm88aUNZlLs70LTi5YdtzVpomw/5SXmhJvIhO5srg/cer1vVXW\n\
MgkGmFNU44jtF8A=\n\
-----END PRIVATE KEY-----\n\
";

/// `rsa1024.p1.pem`
pub(super) const RSA1024_PKCS1: &str = "\
-----BEGIN RSA PRIVATE KEY-----\n\
MIICXQIBAAKBgQC62CDvTLb8tvseEMkhh/wDZ5CPRH9YYaUCfdnOwxp+hiK9gD3/\n\
6dfCfDqF/sAJC5ZocowGWWBXRCT7aONlTKfzeMWvGnJvpeQxj5Oq7jvcHE4Ly7I0\n\
1v3WfMvY50+7MCMRQ2WiqMj40g0zfIEg4C0B6Ba4EhKUIOUmwuUqSnVWJQIDAQAB\n\
AoGAFVqSGQdJeoRnGr6MXhqugK0bZmRLsYwnUauUcv71TjSCT+oSK+dL01xjS+Eb\n\
jW0XmYRN4IPicNbG6zzHkFI8d3LnKoIuTUZhkYXjLFSVcFs5hGrY2gdvm1TksPmp\n\
o/R6FxNijfgP2yUd/XxNi6KmhCZv92q11p8JFwXF1hgBt1kCQQDoSKBriDTHvMEq\n\
3/QqkdM1l5nNtG2CesjVY9h6svJfls5JXsLBNNZ8uwg7Q9+1ma1SP5HFdL2Nkg7e\n\
AGoatFxnAkEAzevRLv1jhHCVzb6By5oBxPK/xVkBoSdKeayRrCoGVSkW+OCdyBJZ\n\
iHtvvUYBp7vFV9X+FO4udCnNoMeihk0hkwJBANeLPUFLfR6zatRsSNiPxNwAN3qI\n\
qO3hHifVpPYGw54sBHRU+IfsjfPkYnkMPLT5S7n8vznpYFPUavNakxsArpUCQQCC\n\
zc8dCDxU/qdKAD+2s2d4UbLbi0Rrt+epDqOiNze6lNVQ1m2jj3RsK+y40GVwxOgA\n\
eaBib0H27C8AeI+WvBwdAkAUwnxiQVSYFIveKsTaMGcqZvPGlDWZS7O9C04uWHbc\n\
1aaJsP+Ul5oSbyITubK4P3Hq9b1V1jIJBphTVOOI7RfA\n\
-----END RSA PRIVATE KEY-----\n\
";

/// `rsa1024.enc.pem`
pub(super) const RSA1024_ENC: &str = "\
-----BEGIN ENCRYPTED PRIVATE KEY-----\n\
MIIC3TBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIsDkg7RsN5kgCAggA\n\
MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBAJBZBVLuAzTlWBeGRuWGPrBIIC\n\
gM2Ye+cgKXoC8cYcuRBjWxoZ/QFnv5kSqhsnECuq997Pk9qinYJ3PAxefrLAjrOZ\n\
zpvduEOMKHQbbuXokKKe84YdHD47CrBiXwfKQUBstr5GHzkOgAcsY7tI50MZiJGl\n\
tHQGogOgIQunLI/A7QY58kDd+ChEjSz8yUD6x/csq4oZKG6pwspAiHxO6/KkR4rn\n\
TW6jK47alucaFWXQ6yWCG4IKiXOfZWPgSP2MU3nm4RvigdjH11aGv0afLxhpc4+B\n\
0dUXIsTsIaUvJvqR0v9TV9LEcVFcA+KAmvC8QSEv2aGJVFOlKSzmRQ2x7BD7FzYG\n\
1F7xcGae3VyHqpQslnjGlKuSrzuEG5pvNrWGHcAxf9Zw6CmicyEiWttKR9pZLUmi\n\
TBC2USQHxJu6hiTHb8M0Ooivnaw1ER9G3TMkSHYZJhwDzqo4ITEUQ1h1hxcf9Iap\n\
bX7MaL3T8ce0m8sGXTL/rllNHACCXLOC2IJkvxGSdgRV3pnZouZaq1dZZvuU/4sT\n\
DFizf/Ha9kc79Q48+/VEm8qG3TzV3x2QMQXAbHzDlpv5NFWFsp9Xqcp5ah0boHNR\n\
h1IPZZFFxY/KwStlqRWYxYUCsWBiz0PCkqv6MaUAspwihmUmdeLa42iiHHdY6zf6\n\
vnBjG74ve11CqlrWxVeefZEv8A4g4jinorKZxf/HfDYosUasltES4zNO2FyTe9G+\n\
xPEaJHu0QlAl+kD1dqALKXhxZFq78gzjj5+oMPj/UR8wkCPABOeOY2ThrCtbAFc+\n\
HCQhi5hSEpzpSC1cZgGLSpzAClpejNvhZRW5LBajp1Zt402lghAoqpIH9oZTWTf1\n\
DwunnCTvW8W3gtGNFz4PTyI=\n\
-----END ENCRYPTED PRIVATE KEY-----\n\
";

/// `rsa1024.legacy-aes256.pem`
pub(super) const RSA1024_LEGACY_AES256: &str = "\
-----BEGIN RSA PRIVATE KEY-----\n\
Proc-Type: 4,ENCRYPTED\n\
DEK-Info: AES-256-CBC,E9D589F1686836F55391A29C8714C050\n\
\n\
pBcMle9hIxLmIKo2+8y5wMMGL4etKdgmAqoG6eU2QLM76hy6Rsp3Oop45XvHYfRi\n\
NxwYWwc72/dr5IzdtaMd1eJQTybBzK8BRdF382qEekhN4TwkhKgM8/VfulqzRBGE\n\
Ws7iA3Pmvq/kPHeuzA5nLXrBrkNWLiISCfDo7vjWtSGGuX5dzqAujW8AusPPcES5\n\
BdtM6u0xu2gUXd8TxCIAQr6QDilbn1LDxwM0YF7t2kPCFWPR8r257VYATX1w0Tzv\n\
fY71w1OV5uDdxUK+6ifIJaabz4kESSHCACEY1DZGcjJuL93Kwqh4f1J8GLUwd9Fd\n\
yyS+5L94OB1/A9LIdn97v+2LDJlnxv9JjdtqMDGc9KMMR1Bvw6WJQuzYFTEXEDMl\n\
Yaa2clzbleEjVcBwneGL7+7fN61mqqBV3EaxCfM+U+ufrO7kDSzo/Vd94NuW5Dox\n\
rmugoIduE9WPh6AwXETpgk+Lxj1sCFq4YVjbHWxBrzuNEhHzwFsAowRWs+lwjQl/\n\
yytLZ3j067WHiCTpZdX8qWXCF/0jMp45Wl5dsOGHf+tX8secT0httvzKcxSeDYSH\n\
+TUh0Ye19xwl58066YOqLM0a8o5GqH64SnvsHYcdJXVWG27t0j5+Qf3LToMP/zO6\n\
37O2/J8im2bkiqPYWOUjPpULYJkvMBFn9fKfLjSTCSi55xB4XNLa82uGkVqVsTye\n\
bUvu0k7OFS5o8fE5Urk2xzej/jhTCQN5CTX9fhgY3CHWWjgD/wUMex/luO5wwVgk\n\
TFDkln15AWDQnBy8RLqcd3+FZ0/dgF22XyUTwRf5FMgR9RBe4EFzO1TO5ORmwzrR\n\
-----END RSA PRIVATE KEY-----\n\
";

/// `rsa1024.spki.der`, base64.
pub(super) const RSA1024_SPKI_DER: &str = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC62CDvTLb8tvseEMkhh/wDZ5CPRH9YYaUCfdnOwxp+hiK9gD3/6dfCfDqF/sAJC5ZocowGWWBXRCT7aONlTKfzeMWvGnJvpeQxj5Oq7jvcHE4Ly7I01v3WfMvY50+7MCMRQ2WiqMj40g0zfIEg4C0B6Ba4EhKUIOUmwuUqSnVWJQIDAQAB";

/// `p256.sec1.pem`
pub(super) const P256_SEC1: &str = "\
-----BEGIN EC PRIVATE KEY-----\n\
MHcCAQEEIJCPTcUY1CcCIr3MvsBDvYnsn2L4cUqJky94/BCSlGVyoAoGCCqGSM49\n\
AwEHoUQDQgAEaXbbL8BJPDjaXBwnBMvr1cTXJrqByAuwcs/vd7lU40TDxVBH/YQR\n\
SR+ESicz0G3YoQFEVumx571HrwRiU9Laog==\n\
-----END EC PRIVATE KEY-----\n\
";

/// `p256.p8.pem`
pub(super) const P256_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgkI9NxRjUJwIivcy+\n\
wEO9ieyfYvhxSomTL3j8EJKUZXKhRANCAARpdtsvwEk8ONpcHCcEy+vVxNcmuoHI\n\
C7Byz+93uVTjRMPFUEf9hBFJH4RKJzPQbdihAURW6bHnvUevBGJT0tqi\n\
-----END PRIVATE KEY-----\n\
";

/// `p256.spki.der`, base64.
pub(super) const P256_SPKI_DER: &str = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEaXbbL8BJPDjaXBwnBMvr1cTXJrqByAuwcs/vd7lU40TDxVBH/YQRSR+ESicz0G3YoQFEVumx571HrwRiU9Laog==";

/// `p384.sec1.pem`
pub(super) const P384_SEC1: &str = "\
-----BEGIN EC PRIVATE KEY-----\n\
MIGkAgEBBDBn4WkitU6Q1yIcTpeVHaEOaam9CSNsS5XHmXI++LkApupjbLkS74v+\n\
OMwn32j1PhqgBwYFK4EEACKhZANiAATp8ngvMjR+Fu0/96ImIadSBBmKHRO+eKwu\n\
9YVh2tkvNdO9zvtQTGCmKvom1QavK0CkIK0ap7PuhxYOQK/GjvR2oolIJ33qzryF\n\
6ktYJIfqrhj94kxWN4TOj3fNq9o6g40=\n\
-----END EC PRIVATE KEY-----\n\
";

/// `p384.p8.pem`
pub(super) const P384_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDBn4WkitU6Q1yIcTpeV\n\
HaEOaam9CSNsS5XHmXI++LkApupjbLkS74v+OMwn32j1PhqhZANiAATp8ngvMjR+\n\
Fu0/96ImIadSBBmKHRO+eKwu9YVh2tkvNdO9zvtQTGCmKvom1QavK0CkIK0ap7Pu\n\
hxYOQK/GjvR2oolIJ33qzryF6ktYJIfqrhj94kxWN4TOj3fNq9o6g40=\n\
-----END PRIVATE KEY-----\n\
";

/// `p384.spki.der`, base64.
pub(super) const P384_SPKI_DER: &str = "MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE6fJ4LzI0fhbtP/eiJiGnUgQZih0TvnisLvWFYdrZLzXTvc77UExgpir6JtUGrytApCCtGqez7ocWDkCvxo70dqKJSCd96s68hepLWCSH6q4Y/eJMVjeEzo93zavaOoON";

/// `p521.sec1.pem`
pub(super) const P521_SEC1: &str = "\
-----BEGIN EC PRIVATE KEY-----\n\
MIHcAgEBBEIAn5jA9R3iuAGAanTHWTiorSZ5lbWcdk2fqn8FlacjzFxCKUu9MzLv\n\
b0YyJocDpR/aWzuvOr6NQZ1Ti6KaJWlvsvKgBwYFK4EEACOhgYkDgYYABACra6HI\n\
WyfVP2dJwZfi0Y8ZlA3ukq8Xlf0xlppuXPnt+qDdqQvj723NSD0GLBl3H5eHsYUj\n\
d1JmO/40E/nYQtkkkQFI4qTWv8K8UhI/JI5KcH91EiZP8RQERasiIywVzmYHi+Rr\n\
V1MJNdIzHvN+vlYxyEde+hwXsgcH2dE7EMm4HuSiTA==\n\
-----END EC PRIVATE KEY-----\n\
";

/// `p521.p8.pem`
pub(super) const P521_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MIHuAgEAMBAGByqGSM49AgEGBSuBBAAjBIHWMIHTAgEBBEIAn5jA9R3iuAGAanTH\n\
WTiorSZ5lbWcdk2fqn8FlacjzFxCKUu9MzLvb0YyJocDpR/aWzuvOr6NQZ1Ti6Ka\n\
JWlvsvKhgYkDgYYABACra6HIWyfVP2dJwZfi0Y8ZlA3ukq8Xlf0xlppuXPnt+qDd\n\
qQvj723NSD0GLBl3H5eHsYUjd1JmO/40E/nYQtkkkQFI4qTWv8K8UhI/JI5KcH91\n\
EiZP8RQERasiIywVzmYHi+RrV1MJNdIzHvN+vlYxyEde+hwXsgcH2dE7EMm4HuSi\n\
TA==\n\
-----END PRIVATE KEY-----\n\
";

/// `p521.spki.der`, base64.
pub(super) const P521_SPKI_DER: &str = "MIGbMBAGByqGSM49AgEGBSuBBAAjA4GGAAQAq2uhyFsn1T9nScGX4tGPGZQN7pKvF5X9MZaablz57fqg3akL4+9tzUg9BiwZdx+Xh7GFI3dSZjv+NBP52ELZJJEBSOKk1r/CvFISPySOSnB/dRImT/EUBEWrIiMsFc5mB4vka1dTCTXSMx7zfr5WMchHXvocF7IHB9nROxDJuB7kokw=";

/// `p256.enc-aes256.pem`
pub(super) const P256_ENC_AES256: &str = "\
-----BEGIN ENCRYPTED PRIVATE KEY-----\n\
MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAihQJPX+tBoxwICCAAw\n\
DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEELYvlFerfjX16+WLE9nNCFMEgZAD\n\
B3hgXlV4OxCREU0IIdQbWLMYMS0uA86By7+OcgnEsobhwKI3+toor9GQvSZg+uSR\n\
VEDRlTORajhNibVWgKhKNBT/uUI7TYdBrtJ3abQrjMOWtj8090Rc3m0yM3WYLRWm\n\
O8O502pb9qn2/RIWvB3UqJy6GHdC1b51KPh6+YmyLjnG5YC0+poSZmO2sLb4NXU=\n\
-----END ENCRYPTED PRIVATE KEY-----\n\
";

/// `p256.enc-aes128-sha1.pem`
pub(super) const P256_ENC_AES128_SHA1: &str = "\
-----BEGIN ENCRYPTED PRIVATE KEY-----\n\
MIHeMEkGCSqGSIb3DQEFDTA8MBsGCSqGSIb3DQEFDDAOBAj+lOMYg6vXsgICCAAw\n\
HQYJYIZIAWUDBAECBBBPR3VAcwW5v3eVrGL0qvRJBIGQzcwvX0hBcF/ZtncHOu/H\n\
75V4UDpTiEHDMS4RxRfbpur6UN3Vw/JQlF0veaWjnkgClzDoy4ghZ5E4716fI9L4\n\
WBTkL5n0CEeLvJJqB2gYUJWdU0Qru2i7z8Q+MMZ+QA8an/j5Rv9UoUi4bqfc9UWf\n\
fKMln2wTPhSeLhvazVt6wVrZAdG7McFhBGzeH8wR5WGB\n\
-----END ENCRYPTED PRIVATE KEY-----\n\
";

/// `p256.enc-des3.pem`
pub(super) const P256_ENC_DES3: &str = "\
-----BEGIN ENCRYPTED PRIVATE KEY-----\n\
MIHjME4GCSqGSIb3DQEFDTBBMCkGCSqGSIb3DQEFDDAcBAimKRakJAe9sAICCAAw\n\
DAYIKoZIhvcNAgkFADAUBggqhkiG9w0DBwQIaUiPCd0wGbQEgZBuzvk1ms2ZUZq1\n\
oe/aRoDAJ0LZT0HoOPuPmrINtW9TCCK0Pv0BuJatoL0ziXmA8gLN4Lclb1U/7Mtv\n\
2nzfWTpBs0F/bHGY976XuGE/cEGaeX6+avc3J+9VjU9rbS2PN6DOS2ZsbEdfrJBD\n\
cxzmtfasO5DBfTO/qL6duUulT3/AivM3cwxhNTyMglm4yuz1V0Y=\n\
-----END ENCRYPTED PRIVATE KEY-----\n\
";

/// `p256.enc-aes192-sha512.pem`
pub(super) const P256_ENC_AES192_SHA512: &str = "\
-----BEGIN ENCRYPTED PRIVATE KEY-----\n\
MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAhGJPWNvEZpsgICCAAw\n\
DAYIKoZIhvcNAgsFADAdBglghkgBZQMEARYEEEX2VB0iB8E2EpS2eomS7ScEgZDU\n\
0WGDD0E8tQb7IdYKgSMiXJ+vuRi2mOTWd69T/1pS3AL8sTqAmstZFMeXnjR2pRU+\n\
LSOZirhAE2TkjLKb8Q3Gtj5IlfOcrEq8psXkiZG+4dnAYRhXjmh6EpSiJDAEh+t3\n\
cfmwsGCrL93SZv/O4YosIlhAnwcPZ4lKf6F280Es9xqHmcqKa6OfuuWF+KVpHW0=\n\
-----END ENCRYPTED PRIVATE KEY-----\n\
";

/// `p256.enc-aes256-sha224.pem`
pub(super) const P256_ENC_AES256_SHA224: &str = "\
-----BEGIN ENCRYPTED PRIVATE KEY-----\n\
MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAgXWyO4NUhnEQICCAAw\n\
DAYIKoZIhvcNAggFADAdBglghkgBZQMEASoEEJt+u2qymLKrsNEj47CHQ9YEgZAy\n\
QAflJO8ASQx2/BQguoXyvFR7JfpWACyjV45FDNcokm+aXIZzMn52WWeVtnhEtHGn\n\
vgtQBRdbSxu4AxGyzj8aFa4YGNqjew4RdwQAbaowdIguEjSRJgGByHDFZo9CctSd\n\
pvhuMSMsyPYn+kHC6cMGn1cSmjdHKPCq97W1fBIAl9XMfENIgsYbzEF5LGCp/DI=\n\
-----END ENCRYPTED PRIVATE KEY-----\n\
";

/// `p256.enc-aes256-sha384.pem`
pub(super) const P256_ENC_AES256_SHA384: &str = "\
-----BEGIN ENCRYPTED PRIVATE KEY-----\n\
MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAgfXI8JO3GaNAICCAAw\n\
DAYIKoZIhvcNAgoFADAdBglghkgBZQMEASoEEA9T/F9JjeEqsEgLkv8XyMQEgZBk\n\
aEkENxsbAA8md2qKbo+lr/xOISg4+QFq4jwhoKzes/wRgPj/HAKGvfXYxCVH1Lu+\n\
xZw9FILIgbGZKtrQfKQSz4lSWK7jvASBr+YB5kdPbt5YvREhYQFYoBmEgBJXe46C\n\
jwqYKSUthDoDOrxjlE+POR7KUScD/NtJlAO5evx9I0USwpbjFgfJpuPlitqIXxk=\n\
-----END ENCRYPTED PRIVATE KEY-----\n\
";

/// `p256.enc-scrypt.pem`
pub(super) const P256_ENC_SCRYPT: &str = "\
-----BEGIN ENCRYPTED PRIVATE KEY-----\n\
MIHkME8GCSqGSIb3DQEFDTBCMCEGCSsGAQQB2kcECzAUBAg7mbl/vZVhgwICBAAC\n\
AQgCAQEwHQYJYIZIAWUDBAEqBBA6UieJLYa1J6GgnJ7WUE8+BIGQh8JxdK0q+htN\n\
6Rs2K3VY5THHNE6pxXoIAt4RHOULf21vYu5EdKVMzHboVPpK13N260Ef4a/rtFhK\n\
PcohTufCaGSiSKxatDrmfe9LNDxjHJN0APhCYuXCKsspbH/HoHPCjwfpQkxWvl6Q\n\
YjRIMmwIrGXvmHRyBelt5ufYSWYLNPO6o10wj+ZOgGgXc4/PbZlH\n\
-----END ENCRYPTED PRIVATE KEY-----\n\
";

/// `p256.enc-pbe-sha1-3des.pem`
pub(super) const P256_ENC_PBE_SHA1_3DES: &str = "\
-----BEGIN ENCRYPTED PRIVATE KEY-----\n\
MIGxMBwGCiqGSIb3DQEMAQMwDgQIR9J9VL5/r+ECAggABIGQVW/TuEDlMtfDcRxy\n\
4IrQlr7d+UQfn3wwQq82yT9FRXMxzSicmBPisjbtoV2x93rCyqzdSBTiKZif44l2\n\
O+wplkepsfpLMaF2xXLHTbgbw373C/YSeC7vIk4vgPmT2czash4IqoW5SxjkGqNb\n\
o5hq+p1hauFwY2579jWRXN5LOPtj3WiqRKuuPvHstiwxMiJy\n\
-----END ENCRYPTED PRIVATE KEY-----\n\
";

/// `p256.legacy-aes128.pem`
pub(super) const P256_LEGACY_AES128: &str = "\
-----BEGIN EC PRIVATE KEY-----\n\
Proc-Type: 4,ENCRYPTED\n\
DEK-Info: AES-128-CBC,B5A13627A778A8D100F1A319DBA31338\n\
\n\
yjClQq/5AXSXv+7BhLuQ6c/whZNI0mMl4ylrH0ySssmY4bOTlw2cuuqP/NqBVnIt\n\
A0NfNHD68N0HrsJBT5RzU1ZDAsBxGHUITGZAuM8O+SURvLOxdP2e/aCkiMaWisvt\n\
1PiWR5vwrdeZYkeikXY1sPfw4pqIkGr9uMnYJ7eUOGs=\n\
-----END EC PRIVATE KEY-----\n\
";

/// `p256.legacy-aes192.pem`
pub(super) const P256_LEGACY_AES192: &str = "\
-----BEGIN EC PRIVATE KEY-----\n\
Proc-Type: 4,ENCRYPTED\n\
DEK-Info: AES-192-CBC,AC053437D9AE1A70A7C2F964A27A52F4\n\
\n\
l6PkTXvtKp5vf24vOxZKaQ0IdxR8opcz2OXhvBjimUOltdpssIo6U7c3FgX/UWll\n\
R1S1hoqh63DBLUoPq97LwpqIj1sYiUrKF9Co2czf4ZDp6UEtsQKTwgJOdV5n+w/q\n\
znLf4aalgquJEmAi7ndd6IplZVm3Jq7OHgBI+k8ysPU=\n\
-----END EC PRIVATE KEY-----\n\
";

/// `p256.legacy-aes256.pem`
pub(super) const P256_LEGACY_AES256: &str = "\
-----BEGIN EC PRIVATE KEY-----\n\
Proc-Type: 4,ENCRYPTED\n\
DEK-Info: AES-256-CBC,A9908FFC3AA56D2F4EC43FDDE9F117F8\n\
\n\
LkhUDHT8BEN+98eOzYqzuqb39CyEWsJdZelpOxihHEDZahOHAKR+xSw8hnXwO27z\n\
L0XP7ykr27BBGkTyUjQQUwILfxrPs3rro3RdWN9gyb4g/fY4KiHl51quMiL28tjO\n\
NN04ovsBK9neMQuH+beTUTeBQsQFC3xrL0P3t+bc438=\n\
-----END EC PRIVATE KEY-----\n\
";

/// `p256.legacy-des3.pem`
pub(super) const P256_LEGACY_DES3: &str = "\
-----BEGIN EC PRIVATE KEY-----\n\
Proc-Type: 4,ENCRYPTED\n\
DEK-Info: DES-EDE3-CBC,17239B8C58255E49\n\
\n\
vykDiyMdlfWtVHETYJOwBwqz5b2Fxz7ybUQOfrZ88w4LSA3CoJyPdNDXajPwHvBB\n\
kY8T5F3sc/AyiHjMGwxfNFb6Dpt9+fPmvvhLIEDbY+3EAztmLc9aMjXBfx5G5iWy\n\
ga8c20lqCE2HbthAut86b3kil3Z21LMWzXquPkXJbVs=\n\
-----END EC PRIVATE KEY-----\n\
";

/// `p256.legacy-des.pem`
pub(super) const P256_LEGACY_DES: &str = "\
-----BEGIN EC PRIVATE KEY-----\n\
Proc-Type: 4,ENCRYPTED\n\
DEK-Info: DES-CBC,BB04D002C43C34B8\n\
\n\
bIIz2t33mThKPkVMcOKCoRk0mDYQ6IudbktQnbwz4Ip4lRLKA6fXLlnk2vsD8xqm\n\
jcc+HxCpxVy3xpOZWOZp55b1xHaWrAbL7+1DBC8/JntloVlpdtsHshjaRvM2U1FT\n\
DBjEQSLbc98mLIlBpHgPiHC8zSoGDEFY3RSbsdIYibY=\n\
-----END EC PRIVATE KEY-----\n\
";

/// `p256.explicit.pem`
pub(super) const P256_EXPLICIT: &str = "\
-----BEGIN EC PRIVATE KEY-----\n\
MIIBaAIBAQQgkI9NxRjUJwIivcy+wEO9ieyfYvhxSomTL3j8EJKUZXKggfowgfcC\n\
AQEwLAYHKoZIzj0BAQIhAP////8AAAABAAAAAAAAAAAAAAAA////////////////\n\
MFsEIP////8AAAABAAAAAAAAAAAAAAAA///////////////8BCBaxjXYqjqT57Pr\n\
vVV2mIa8ZR0GsMxTsPY7zjw+J9JgSwMVAMSdNgiG5wSTamZ44ROdJreBn36QBEEE\n\
axfR8uEsQkf4vOblY6RA8ncDfYEt6zOg9KE5RdiYwpZP40Li/hp/m47n60p8D54W\n\
K84zV2sxXs7LtkBoN79R9QIhAP////8AAAAA//////////+85vqtpxeehPO5ysL8\n\
YyVRAgEBoUQDQgAEaXbbL8BJPDjaXBwnBMvr1cTXJrqByAuwcs/vd7lU40TDxVBH\n\
/YQRSR+ESicz0G3YoQFEVumx571HrwRiU9Laog==\n\
-----END EC PRIVATE KEY-----\n\
";

/// `ed25519.p8.pem`
pub(super) const ED25519_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MC4CAQAwBQYDK2VwBCIEIFaHi3P5y+hH4QqboSdWu2hsnJHbIK1WavvtgCiRZNll\n\
-----END PRIVATE KEY-----\n\
";

/// `ed25519.spki.der`, base64.
pub(super) const ED25519_SPKI_DER: &str =
    "MCowBQYDK2VwAyEAHdrHUGmWGA7i1WRIclWqDhEFQGlE4T2ywFc8+2QY48w=";

/// `ed25519.enc.pem`
pub(super) const ED25519_ENC: &str = "\
-----BEGIN ENCRYPTED PRIVATE KEY-----\n\
MIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAiVamSB/vbjhgICCAAw\n\
DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEENoR3RSUMYihi9fGVOykop4EQHNK\n\
RfdkV3Bk9dH9N6rGV7NG1EOpA9+NdsD6/hBL+iPaoCUxeldMLk8MTvEPzoknS4vc\n\
eH5xdnuhTEvUUX8SLI0=\n\
-----END ENCRYPTED PRIVATE KEY-----\n\
";

/// `ed448.p8.pem`
pub(super) const ED448_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MEcCAQAwBQYDK2VxBDsEOc6uZfgVDXlSVmDJ6CWauLdPlfCEDXsNCyzZNzpU5VaY\n\
fBEmOh0sgOiiIosg5GYcSErukIehm7njCw==\n\
-----END PRIVATE KEY-----\n\
";

/// `ed448.spki.pem`
pub(super) const ED448_SPKI: &str = "\
-----BEGIN PUBLIC KEY-----\n\
MEMwBQYDK2VxAzoAQrITzJ9vST503zh0PaFWmYiI6Y3L9xE66NMHng5ZfSPhPO1s\n\
BDNnUnOdZ7z5RVdsW+hFviEk5jWA\n\
-----END PUBLIC KEY-----\n\
";

/// `x25519.p8.pem`
pub(super) const X25519_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MC4CAQAwBQYDK2VuBCIEIOj8n+1D+/3l8UbgRHZr6D2kFc1J47iLS/lGXlYIQSJz\n\
-----END PRIVATE KEY-----\n\
";

/// `k256.p8.pem`
pub(super) const K256_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MIGEAgEAMBAGByqGSM49AgEGBSuBBAAKBG0wawIBAQQgEGM0V8iwGMNAIsoPFbg9\n\
Sas+3BEoo5V1pitVe+zJtCChRANCAASnn10CFozhRm94TGXZBlqV0MdRa0+nIXds\n\
QPNCgc7UAg10ARX5Wur6jzSrAhebaYkwhMJnX/iXoGrWhjcqHsfj\n\
-----END PRIVATE KEY-----\n\
";

/// `k256.sec1.pem`
pub(super) const K256_SEC1: &str = "\
-----BEGIN EC PRIVATE KEY-----\n\
MHQCAQEEIBBjNFfIsBjDQCLKDxW4PUmrPtwRKKOVdaYrVXvsybQgoAcGBSuBBAAK\n\
oUQDQgAEp59dAhaM4UZveExl2QZaldDHUWtPpyF3bEDzQoHO1AINdAEV+Vrq+o80\n\
qwIXm2mJMITCZ1/4l6Bq1oY3Kh7H4w==\n\
-----END EC PRIVATE KEY-----\n\
";

/// `dsa.p8.pem`
pub(super) const DSA_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MIIBWgIBADCCATMGByqGSM44BAEwggEmAoGBANqDPJSR8lr8CysMSdaP4AGTI6jW\n\
byGCVs0Uuc3JqxW3mivbDBnsmcdkjbFI7ItsQVE3keUqLVv1NO2SNBEBDVajr6iY\n\
vB5ea3rnKsdZxIy9Ni4kP5G4ABtgQsfjPdNnxhcfs4lUm75ap1CT/0JrbWG2p7g0\n\
xLs+IycnhjUVNBxDAh0AmGuImFhLQjQrqaY8ltREAgUtYaOucf8daJ0u6wKBgBKW\n\
TEFgifTFJgRfOrXiBIiYUkxoXdaEGHYBpUWUJgGRo8e+erjsN5usjHKUIvZVlTer\n\
chNAnFi/DcRVlNwp0dHVuvZr4eP4G9J4qt2/ZC+lbccdRcaR3KJPrxXjrAS9f5Mj\n\
vM2DdlMrJZYE0d8MxXGlhf3NUGBFp74HwHG/pan1BB4CHB8TFabLQBw+VoEb07G0\n\
VL4Ge3fSpOuw5BzwbEA=\n\
-----END PRIVATE KEY-----\n\
";

/// `pss.p8.pem`
pub(super) const PSS_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MIICdAIBADALBgkqhkiG9w0BAQoEggJgMIICXAIBAAKBgQDYf7Ocjeb3DQ1OC8Nu\n\
MpSFlgxG3QHcTVQRddnKrhHXo8zKTYySZNHbeJWbCW8SFprt7WGXu5HhyidDvpzA\n\
8IhgQeHFl6YsigBHCi/MR4pNq1jKJ1P2/VUqFnN6bKOjeZED5aPWSzAFlfDmDjbZ\n\
sz1fCJKMUW+V9+4KUGpCw0O1HQIDAQABAoGALwLz5p/tsmHULMljI4+6LpPZkJ23\n\
JLZp9eyoYVmRKEk6VAeo6bUY2NaDbgoLY1sjQ10TnxYs5GG4Sv6eHUtd4VrE+xyK\n\
tmbiTFkr//002orAfdR1ov0y7FILqFsZCp05x+ro4F48+eHEWHyclq4Ei26hEmG5\n\
xygaOHz5zY22UKUCQQDx977i6TQwv6xFCWaOS4qONEMy7p5wIWb3P20cDZpUFY75\n\
XFY7lRr4j3JptgWDvdDCBBTfG8JHVg6rFXlxZawTAkEA5Q3YH5PQAb3kn8NGkClO\n\
Uatu9VdFQKACkb0xMGWULYQkjdv5wPgvzgAlLQBrOjcyQl+/zTRZNKAadQ/OtQrg\n\
DwJAEwpArhBVuARNJP2RYV8WXwxDwW0/cGlgddI63rs/SqCLqJmYe4XHIon/Icxd\n\
8LjuBWZW0huYFQ7zhojhDohGmwJAXdd4Lie+1pfX7ORyKmnh3m/f+8APbVSg+NiM\n\
KInVVXiICV6QSlDkNP+2O2OqiqVGgA7+Y7IIwhi9/ivFwkJ8XQJBAMVtPr686mAd\n\
OTMjV8eiOhUW5rKDoxkWTF+kkDQrlnDQkvKuCLPqo2sqwv+JtUpAifYrou8LkFc8\n\
Uf2HXP/FQzI=\n\
-----END PRIVATE KEY-----\n\
";

/// `pss.spki.der`, base64.
pub(super) const PSS_SPKI_DER: &str = "MIGdMAsGCSqGSIb3DQEBCgOBjQAwgYkCgYEA2H+znI3m9w0NTgvDbjKUhZYMRt0B3E1UEXXZyq4R16PMyk2MkmTR23iVmwlvEhaa7e1hl7uR4conQ76cwPCIYEHhxZemLIoARwovzEeKTatYyidT9v1VKhZzemyjo3mRA+Wj1kswBZXw5g422bM9XwiSjFFvlffuClBqQsNDtR0CAwEAAQ==";

/// `mp.p8.pem`
pub(super) const MULTI_PRIME_PKCS8: &str = "\
-----BEGIN PRIVATE KEY-----\n\
MIIClwIBADANBgkqhkiG9w0BAQEFAASCAoEwggJ9AgEBAoGBAJZhJcrUcd5S/y9m\n\
MF/H9OTBHt0LFRevXFHQrDmSca3zUT+4a+AZ+HKJ3nE6hE/Pm+i+Z8YQtG7LUCjc\n\
n8PrirZ1vFUnWKB7timMu3ETkafxRubR5xqhhrq91tkiCwHFFGc2vcvWCTy6gNRa\n\
tqcb0VnHg0FVnsU76sirq/l78qNRAgMBAAECgYA/tOBB0UZ8HUUmW3Ba42cIEhh1\n\
JGDHK+88ad7MdRHb05y0Ffj9c4MhYu7ng3uZWnQLsl8FzzPSTDo9Vs8kmolv7A08\n\
BKmPldyrfQyjfbUg07rSXKCA4C9IYItyWYEm3yV6E6EPFQUXg2ICGQ6SsEL1fQpN\n\
B8QVo2NYxIVVuN26gQIrPM6otoOALGO4RTeV/z9+GR4PiuTgZS7nn/cex2MVzxy9\n\
jPfR7j9k1xLO/wIrGjCsTOiDbkd87ltBNZIep/PYpBxuluPj8GrB/WGDi1Fl5lfz\n\
Gp8YEyiBlwIrCVyf6Qmx8COiOTXnqBa0aVWRewbl7W4dRyma2YPN1cdM/6kf7xhf\n\
hCVnLQIrCWuATZlDzKKB2OmRpscLp7UZMs3XKQaGsa50X8J3IeEBGbyAgA7BBgMH\n\
uQIrCcyepaiTmo1EUvoRbxgQj9HYoWcJFqGDgufYDJ+DGWMFiqkGVR0tLsXkEDCB\n\
ijCBhwIrGCxbpuX1YgNUXSpQYeFl5BybCkWDu7dWuXPbZpxVNDAAJhrb/9pzr0xX\n\
qQIrECxdheUFsHYZ09ujvFlaGq0o7k5kPQwFcj8Z5CVkvG4BK319BEncbMTfQQIr\n\
F2NBXhb9nejc6Aw9kyvedrnzx2Ik1k/V+UtM9uOQmylUeVIDqYfPBGEzPA==\n\
-----END PRIVATE KEY-----\n\
";

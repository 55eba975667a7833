# Hand-built certificates for what `openssl req` cannot make (dates, odd serials and
# encodings). The signature is filler: only parsing is tested. Usage: craft.py SPKI.DER
import sys
def L(n):
    if n < 0x80: return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b
def tlv(tag, content): return bytes([tag]) + L(len(content)) + content
def seq(*c): return tlv(0x30, b''.join(c))
def oid(s):
    a = [int(x) for x in s.split('.')]
    def arc(v):
        r = [v & 0x7f]; v >>= 7
        while v: r.append(0x80 | (v & 0x7f)); v >>= 7
        return bytes(reversed(r))
    return tlv(6, arc(a[0] * 40 + a[1]) + b''.join(arc(v) for v in a[2:]))
SPKI = open(sys.argv[1], 'rb').read()
def name(cn): return seq(tlv(0x31, seq(oid('2.5.4.3'), tlv(0x0c, cn.encode()))))
def cert(out, subject=None, serial=b'\x01', nb=b'\x17\x0d200101000000Z', na=b'\x17\x0d300101000000Z', exts=None, version=True):
    alg = seq(oid('1.3.101.112'))
    subject = subject or name('crafted')
    tbs = (tlv(0xa0, tlv(2, b'\x02')) if version else b'') + tlv(2, serial) + alg + subject + seq(nb, na) + subject + SPKI
    if exts is not None: tbs += tlv(0xa3, seq(*exts))
    open(out, 'wb').write(seq(seq(tbs), alg, tlv(3, b'\x00' + b'\x5a' * 64)))
def utc(s): return tlv(0x17, s.encode())
def gen(s): return tlv(0x18, s.encode())
def san(*names): return seq(oid('2.5.29.17'), tlv(4, seq(*names)))
dns = lambda s: tlv(0x82, s)
cert('time-generalized.der', nb=gen('19500101000000Z'), na=gen('20600101123456Z'))
cert('time-forms.der', nb=utc('2001010000+0130'), na=gen('20500101000000.123-0100'))
cert('time-extremes.der', nb=gen('00000101000000Z'), na=gen('99991231235959Z'))
cert('time-pre1970.der', nb=utc('600229120000Z'), na=utc('491231235959Z'))
cert('time-bad.der', nb=utc('200101000000+1300'))
cert('serial-ff00.der', serial=b'\xff\x00')
cert('serial-80.der', serial=b'\x80')
cert('serial-ff7f.der', serial=b'\xff\x7f')
cert('serial-padded.der', serial=b'\x00\x01')
cert('serial-long.der', serial=b'\x7f' * 40)
cert('san-duplicate.der', exts=[san(dns(b'a.example')), san(dns(b'b.example'))])
cert('san-malformed.der', exts=[san(dns(b'x')), seq(oid('2.5.29.17'), tlv(4, b'\x30\x03\x82\x05a'))])
cert('san-odd.der', exts=[san(dns(b'caf\xc3\xa9.example'), tlv(0x87, b'\x01\x02'), tlv(0xa2, tlv(0x16, b'ber') + tlv(0x16, b'.example')),
                               tlv(0x87, bytes(10) + b'\xff\xff\xc0\x00\x02\x01'), tlv(0x87, bytes(12) + b'\xc0\x00\x02\x01'))])
cert('v1-primitive-lists.der', version=False, subject=tlv(0x10, tlv(0x11, seq(oid('2.5.4.3'), tlv(0x0c, b'prim')))),
     exts=[san(dns(b'v1.example'))])
cert('trailing.der')
with open('trailing.der', 'ab') as f: f.write(b'\x00')
cert('basic-constraints.der', exts=[seq(oid('2.5.29.19'), b'\x01\x01\xff', tlv(4, seq(b'\x01\x01\x01', b'\x02\x01\x00'))),
     seq(oid('2.5.29.14'), tlv(4, tlv(4, b'\x11' * 20))), seq(oid('2.5.29.35'), tlv(4, seq(tlv(0x80, b'\x22' * 20))))])
cert('basic-constraints-duplicate.der', exts=[seq(oid('2.5.29.19'), tlv(4, seq(b'\x01\x01\xff'))), seq(oid('2.5.29.19'), tlv(4, seq(b'\x01\x01\xff')))])

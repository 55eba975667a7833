#!/usr/bin/env python3
"""Seed fuzz/corpus/<target>/ from the fixtures in testdata/ and the committed corpora
(see README.md).

    python3 fuzz/seed.py             every target
    python3 fuzz/seed.py diff_cert   only the targets named
"""
import glob
import hashlib
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, '..', 'testdata')
m = json.load(open(root + '/manifest.json'))
C = os.path.join(here, 'corpus')
only = set(sys.argv[1:])


def put(t, data):
    if only and t not in only:
        return
    d = os.path.join(C, t)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, hashlib.sha1(data).hexdigest()), 'wb').write(data)


def rd(p):
    return open(os.path.join(root, p), 'rb').read()


def corpus(t):
    """The committed corpus of target t (before this run's seeds)."""
    for p in sorted(glob.glob(os.path.join(C, t, '*'))):
        yield open(p, 'rb').read()


# The fixed leaf + chain that certvet::fuzz::chain puts before its bytes.
LEAF = rd('sample/chain.pem')

# Committed corpora of the crash targets seed the differential ones (read before writing).
old_input_cert = list(corpus('input_cert')) if not only or 'diff_cert' in only else []
old_check_pair = list(corpus('check_pair')) if not only or 'diff_key' in only else []
old_chain = list(corpus('chain')) if not only or 'diff_chain' in only else []

certs = [c for c in m['certs'] if os.path.getsize(os.path.join(root, c)) <= 65536]
for c in certs:
    put('input_cert', rd(c))
    put('chain', rd(c))
    put('diff_cert', rd(c))
    if m['certs'][c]['count'] > 1:
        put('diff_chain', rd(c))
for c in glob.glob(root + '/cert/*.der'):
    if os.path.getsize(c) < 65536:
        put('input_cert', open(c, 'rb').read())
        put('diff_cert', open(c, 'rb').read())
for k, v in m['keys'].items():
    if os.path.getsize(os.path.join(root, k)) > 65536:
        continue
    kb = rd(k)
    if v['password_file']:
        put('encrypted_key', kb)
    else:
        put('input_key', kb)
    if v['cert']:
        put('check_pair', rd(v['cert']) + b'\xff' + kb)
        put('diff_key', rd(v['cert']) + b'\xff' + kb)
        line = {"Id": k, "ServerCertificate": rd(v['cert']).decode('latin1'),
                "PrivateKey": kb.decode('latin1') if not v['der'] else ""}
        if v['password_file']:
            line["Password"] = "correct horse"
        put('batch_line', json.dumps(line).encode())
for t in glob.glob(root + '/tampered/*'):
    put('encrypted_key', open(t, 'rb').read())
put('batch_line', b'{"Id": 7, "ServerCertificate": "", "PrivateKey": ""}')
put('batch_line', b'not json')
for data in old_input_cert:
    put('diff_cert', data)
for data in old_check_pair:
    put('diff_key', data)
for data in old_chain:
    put('diff_chain', LEAF + data)

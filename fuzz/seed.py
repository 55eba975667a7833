#!/usr/bin/env python3
"""Seed fuzz/corpus/<target>/ from the fixtures in testdata/ (see README.md)."""
import json, os, glob, hashlib
import sys
here=os.path.dirname(os.path.abspath(__file__))
root=os.path.join(here,'..','testdata'); m=json.load(open(root+'/manifest.json'))
C=os.path.join(here,'corpus')
def put(t, data):
    d=os.path.join(C,t); os.makedirs(d,exist_ok=True)
    open(os.path.join(d,hashlib.sha1(data).hexdigest()),'wb').write(data)
def rd(p): return open(os.path.join(root,p),'rb').read()
certs=[c for c in m['certs'] if os.path.getsize(os.path.join(root,c))<=65536]
for c in certs:
    put('input_cert', rd(c)); put('chain', rd(c))
for c in glob.glob(root+'/cert/*.der'):
    if os.path.getsize(c)<65536: put('input_cert', open(c,'rb').read())
for k,v in m['keys'].items():
    if os.path.getsize(os.path.join(root,k))>65536: continue
    kb=rd(k)
    if v['password_file']: put('encrypted_key', kb)
    else: put('input_key', kb)
    if v['cert']:
        put('check_pair', rd(v['cert'])+b'\xff'+kb)
        line={"Id":k,"ServerCertificate":rd(v['cert']).decode('latin1'),"PrivateKey":kb.decode('latin1') if not v['der'] else ""}
        if v['password_file']: line["Password"]="correct horse"
        put('batch_line', json.dumps(line).encode())
for t in glob.glob(root+'/tampered/*'): put('encrypted_key', open(t,'rb').read())
put('batch_line', b'{"Id": 7, "ServerCertificate": "", "PrivateKey": ""}')
put('batch_line', b'not json')

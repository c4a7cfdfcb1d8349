#!/usr/bin/env python3
"""Builds the benchmark club through the app itself: an admin creates the teams and athletes with the pages,
then imports each team's sessions and wellness with the CSV import (upload, preview, confirm), as a coach would.
Prints one line per team: name, team id, first athlete id. Deterministic (fixed seed)."""
import http.cookiejar, random, re, sys, urllib.parse, urllib.request, datetime, uuid

BASE = sys.argv[1]
PASSWORD = sys.argv[2]
TEAMS = [(int(a), int(d)) for a, d in (t.split('x') for t in sys.argv[3].split(','))]  # athletes x days
CSRF = re.compile(r'name="csrf-token" value="([^"]+)"')
CHECKSUM = re.compile(r'name="checksum" value="([0-9a-f]{64})"')

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

def call(method, path, data=None, headers=None):
    req = urllib.request.Request(BASE + path, data=data, method=method, headers=headers or {})
    try:
        with opener.open(req, timeout=600) as r:
            return r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()

def token():
    _, _, page = call('GET', '/account')
    return CSRF.search(page).group(1)

def post(path, fields):
    fields = list(fields.items()) if isinstance(fields, dict) else fields
    fields.append(('csrf-token', token()))
    status, headers, body = call('POST', path, urllib.parse.urlencode(fields).encode(),
                                 {'Content-Type': 'application/x-www-form-urlencoded'})
    if status != 303:
        sys.exit(f'POST {path}: {status} {body[:500]}')
    return headers['Location']

def upload(team, kind, csv):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in (('kind', kind), ('csrf-token', token())):
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n')
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{kind}.csv"\r\n'
                 f'Content-Type: text/csv\r\n\r\n{csv}\r\n--{boundary}--\r\n')
    status, headers, body = call('POST', f'/teams/{team}/import', ''.join(parts).encode(),
                                 {'Content-Type': f'multipart/form-data; boundary={boundary}'})
    if status != 303:
        sys.exit(f'upload {kind}: {status} {body[:800]}')
    preview = urllib.parse.urlparse(headers['Location']).path
    _, _, page = call('GET', preview)
    post(preview + '/confirm', {'checksum': CHECKSUM.search(page).group(1)})

call('GET', '/login')
status, _, _ = call('POST', '/j_security_check', urllib.parse.urlencode(
    {'j_username': 'admin', 'j_password': PASSWORD}).encode(), {'Content-Type': 'application/x-www-form-urlencoded'})
random.seed(2026)
today = datetime.date.today()
for athletes, days in TEAMS:
    name = f'Bench {athletes}x{days}'
    team = post('/admin/teams', {'name': name, 'sport': 'Rowing', 'timeZone': 'Europe/Berlin'}).rstrip('/').split('/')[-1]
    ids, codes = [], []
    for k in range(athletes):
        code = f'B{athletes}X{days}N{k}'
        loc = post(f'/teams/{team}/athletes', {'name': f'Athlete {code}', 'code': code, 'birthDate': '2000-05-17',
                   'sex': '', 'position': '', 'hrMax': '', 'hrRest': '52', 'teamId': team, 'active': 'true'})
        ids.append(loc.rstrip('/').split('/')[-1])
        codes.append(code)
    sessions, wellness = [], []
    for code in codes:
        for d in range(days, 0, -1):
            date = today - datetime.timedelta(days=d)
            if random.random() < 0.85:
                sessions.append(f'{code},{date},{random.choice(["07:00", "17:30"])},conditioning,'
                                f'{random.randint(30, 120)},{random.randint(2, 9)},')
            if random.random() < 0.9:
                wellness.append(f'{code},{date},{random.randint(2, 5)},{random.randint(2, 5)},{random.randint(2, 5)},'
                                f'{random.randint(2, 5)},{random.randint(2, 5)},{random.choice([6, 6.5, 7, 7.5, 8, 8.5])},'
                                f'{random.randint(45, 60)},{random.randint(40, 120)}.5,,')
    for kind, header, rows in (('sessions', 'athlete_code,date,start_time,type,minutes,rpe,notes', sessions),
                               ('wellness', 'athlete_code,date,fatigue,sleep_quality,soreness,stress,mood,sleep_hours,'
                                'resting_hr,rmssd,sore_areas,comment', wellness)):
        for start in range(0, len(rows), 20000):
            upload(team, kind, header + '\n' + '\n'.join(rows[start:start + 20000]) + '\n')
    print(name, team, ids[0], flush=True)

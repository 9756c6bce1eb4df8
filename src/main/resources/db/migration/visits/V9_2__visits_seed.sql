-- Reference data for the visits desk: the rooms, a few senior officials (names are fictional),
-- the demonstrations of the election experience room, the introductory videos, the blackout
-- periods of the elections already called, and version 1 of the standard programme (about 2 h).
INSERT INTO visit_rooms (code, name_en, name_ko, capacity) VALUES
    ('MEETING_ROOM', 'Main meeting room', '대회의실', 40),
    ('COMMISSIONERS_ROOM', 'Commissioners'' meeting room', '위원회의실', 25),
    ('EXPERIENCE_ROOM', 'Election experience room', '선거체험관', 30),
    ('PHOTO_SPOT', 'Photo spot outside the main entrance', '청사 정문 앞 기념촬영 장소', 80);

INSERT INTO visit_officials (name_en, name_ko, title_en, title_ko, department, email, topics, languages, is_default) VALUES
    ('Kim Minjun', '김민준', 'Director General of Planning and Coordination', '기획조정실장',
     'Planning and Coordination Office', 'planning@tupyo.example',
     '{VOTERS_LIST,ELECTION_MANAGEMENT}', '{ko,en}', true),
    ('Lee Seoyeon', '이서연', 'Director General of Election Policy', '선거정책실장',
     'Election Policy Office', 'policy@tupyo.example',
     '{EARLY_VOTING,COUNTING,OVERSEAS_VOTING}', '{ko,en,fr}', false),
    ('Park Jihoon', '박지훈', 'Director of Information Security', '정보보안과장',
     'Information and Communication Bureau', 'security@tupyo.example',
     '{ICT_SECURITY,COUNTING}', '{ko,en}', false),
    ('Choi Sua', '최수아', 'President of the Civic Education Institute', '선거연수원장',
     'Civic Education Institute for Democracy', 'education@tupyo.example',
     '{VOTER_EDUCATION}', '{ko,en,es}', false),
    ('Jung Doyun', '정도윤', 'Director General of Investigation', '조사국장',
     'Investigation Bureau', 'investigation@tupyo.example',
     '{POLITICAL_FINANCE,ELECTORAL_DISPUTES}', '{ko,en}', false);

INSERT INTO visit_demonstrations (code, name_en, name_ko, topics, minutes, is_default) VALUES
    ('INTEGRATED_VOTERS_LIST_SERVER', 'Integrated voters'' list server', '통합선거인명부 서버',
     '{VOTERS_LIST,EARLY_VOTING}', 10, false),
    ('VOTER_ID_EQUIPMENT', 'Early-voting voter-identification equipment', '사전투표 본인확인기',
     '{EARLY_VOTING,VOTERS_LIST}', 10, true),
    ('BALLOT_PRINTER', 'On-demand ballot printer', '사전투표 투표용지 발급기', '{EARLY_VOTING}', 5, false),
    ('BALLOT_SORTER', 'Ballot sorting machine', '투표지분류기', '{COUNTING,ICT_SECURITY}', 10, true),
    ('BALLOT_COUNTER', 'Ballot counting and checking machine', '심사계수기', '{COUNTING}', 5, false),
    ('OVERSEAS_VOTING_SYSTEM', 'Overseas voting management system', '재외선거 관리 시스템', '{OVERSEAS_VOTING}', 5, false),
    ('SECURITY_OPERATIONS', 'Election security operations centre (video tour)', '선거 보안관제 (영상 안내)',
     '{ICT_SECURITY}', 10, false),
    ('MOCK_VOTING_BOOTH', 'Mock polling station for voter education', '모의 투표소 체험', '{VOTER_EDUCATION}', 10, false);

INSERT INTO visit_intro_videos (language, title, minutes) VALUES
    ('ko', '대한민국 중앙선거관리위원회 소개', 8),
    ('en', 'The National Election Commission of Korea', 8),
    ('es', 'La Comisión Nacional Electoral de Corea', 8),
    ('fr', 'La Commission électorale nationale de Corée', 8),
    ('ru', 'Национальная избирательная комиссия Кореи', 8),
    ('ar', 'اللجنة الوطنية للانتخابات في كوريا', 8);

-- 9th local elections (3 June 2026) and 23rd National Assembly elections (12 April 2028):
-- early voting is on the Friday and Saturday five days before election day.
INSERT INTO visit_blackouts (during, reason_en, reason_ko) VALUES
    ('[2026-05-29,2026-05-31)', 'Early voting, 9th local elections', '제9회 전국동시지방선거 사전투표'),
    ('[2026-06-02,2026-06-05)', 'Election day and counting, 9th local elections', '제9회 전국동시지방선거 선거일 및 개표'),
    ('[2028-04-07,2028-04-09)', 'Early voting, 23rd National Assembly elections', '제23대 국회의원선거 사전투표'),
    ('[2028-04-11,2028-04-14)', 'Election day and counting, 23rd National Assembly elections', '제23대 국회의원선거 선거일 및 개표');

INSERT INTO visit_templates (version, note, created_by) VALUES
    (1, 'Standard programme of the international affairs division', 'system');
INSERT INTO visit_template_items (version, position, kind, title_en, title_ko, minutes, room_code, with_official) VALUES
    (1, 1, 'WELCOME', 'Welcoming remarks', '환영사', 10, 'MEETING_ROOM', true),
    (1, 2, 'INTRO_VIDEO', 'Introductory video', '홍보 영상 시청', 10, 'MEETING_ROOM', false),
    (1, 3, 'QA_SESSION', 'Questions and answers with a senior official', '고위직 간담회 (질의응답)', 40, 'MEETING_ROOM', true),
    (1, 4, 'GIFT_EXCHANGE', 'Exchange of gifts', '기념품 교환', 10, 'MEETING_ROOM', true),
    (1, 5, 'COMMISSIONERS_ROOM', 'Visit to the Commissioners'' meeting room: how the Commission is structured',
     '위원회의실 방문: 위원회 구성 설명', 15, 'COMMISSIONERS_ROOM', false),
    (1, 6, 'EXPERIENCE_ROOM', 'Election experience room: demonstrations of election ICT equipment',
     '선거체험관: 선거장비 시연', 25, 'EXPERIENCE_ROOM', false),
    (1, 7, 'GROUP_PHOTO', 'Group photo outside the office', '청사 앞 기념촬영', 10, 'PHOTO_SPOT', true);

# ruff: noqa: E501  (article text and HTML templates read better unwrapped)
"""The demo's articles: invented news from three invented towns. No text comes from real sites.

Each article: (slug, date ISO, headline, author, section, paragraphs). ``None`` as the date means the
page carries no date at all (a deliberate defect, see README.md).
"""

from __future__ import annotations

from typing import NamedTuple


class Article(NamedTuple):
    slug: str
    date: str | None
    headline: str
    author: str | None
    section: str
    paragraphs: tuple[str, ...]


HARBOR = (
    Article("harbor-bridge-reopens", "2025-03-04", "Harbor Bridge reopens after two years of repairs", "Nora Lindqvist",
            "City", (
                "The Harbor Bridge reopened to traffic on Tuesday morning, ending a closure that forced commuters "
                "onto ferries and a long detour through the industrial district for almost two years.",
                "Engineers replaced the entire steel deck and rebuilt the lifting machinery, which had been in "
                "service since the bridge first opened. The work came in four months late and about 11 percent "
                "over its original budget, according to the port authority.",
                "\"It is quieter than the old one, and it is finally safe,\" said Oskar Brandt, a taxi driver who "
                "was among the first to cross. A small crowd gathered at the north ramp before dawn.",
                "The ferry service added during the closure will keep a reduced timetable until the end of May.",
            )),
    Article("fish-market-moves-indoors", "2025-03-06", "Saturday fish market moves indoors for the spring",
            "Tomas Ekwall", "Business", (
                "The Saturday fish market will move into the renovated Pier 3 warehouse from next week, "
                "organisers announced, after a winter of storms cancelled six market days.",
                "Stallholders will pay the same fees as before. The warehouse has space for 42 stalls, eight more "
                "than the quay, and a cold room shared by all traders.",
                "Some regular customers were unconvinced. \"Half the fun was the wind,\" said one.",
            )),
    Article("school-roof-solar", "2025-03-10", "Eastside school to cover its roof with solar panels", "Nora Lindqvist",
            "Education", (
                "Eastside Primary will install 380 solar panels on its gymnasium and classroom roofs this summer, "
                "making it the first school in the district to produce more power than it uses on sunny days.",
                "The project is paid for by a regional climate fund and a parents' association that raised money "
                "through two years of bake sales and a sponsored swim.",
                "Pupils will be able to follow the panels' output on a screen in the entrance hall.",
                "Work is planned for the school holidays so that lessons are not disturbed.",
            )),
    Article("lighthouse-keeper-retires", "2025-03-12", "Last lighthouse keeper on Gull Point retires",
            "Ingrid Solberg", "People", (
                "After 31 years of climbing the same 117 steps, Henrik Vass has handed in the keys to the Gull "
                "Point lighthouse. The light has been automatic since 2009, but Vass stayed on as its caretaker.",
                "He kept a handwritten log of every storm, ship and unusual bird he saw from the gallery. The "
                "town museum has asked to display the 14 notebooks.",
                "\"The lamp never needed me,\" he said. \"The building did.\"",
            )),
    Article("council-parking-fees", "2025-03-14", "Council votes to raise parking fees in the old town",
            "Tomas Ekwall", "Politics", (
                "Parking in the old town will cost more from April after the council voted 17 to 12 to raise the "
                "hourly fee and extend charging to Sunday afternoons.",
                "Shop owners on Rope Street warned that customers would drive to the retail park instead. The "
                "council said the extra income would pay for two new bus routes.",
                "Residents with permits are not affected by the change.",
            )),
    Article("storm-closes-ferry", "2025-03-17", "Storm Edda halts ferries and floods the quay",
            "Ingrid Solberg", "Weather", (
                "All ferry crossings were cancelled on Monday as Storm Edda brought gusts of up to 110 kilometres "
                "per hour and a tide that spilled over the harbor wall in two places.",
                "Firefighters pumped water out of basements along Quay Road through the night. No injuries were "
                "reported.",
                "The weather service expects the wind to ease by Wednesday.",
            )),
    Article("library-night-opening", "2025-03-20", "Central library to open until midnight during exams",
            "Nora Lindqvist", "Education", (
                "The central library will stay open until midnight for four weeks in May and June so that students "
                "have a quiet place to revise.",
                "Volunteers from the university will staff the reading rooms after 8 p.m. The café will close at "
                "the usual time, but a vending machine will be restocked.",
                "The trial will be reviewed in the autumn.",
            )),
    Article("harbor-seals-return", "2025-03-24", "Seals return to the inner harbor for the first time in a decade",
            "Ingrid Solberg", "Environment", (
                "A group of at least five harbor seals has been seen resting on the old ferry ramp, the first "
                "sighting inside the breakwater in more than ten years.",
                "Biologists credit cleaner water since the new treatment plant opened and ask people to keep a "
                "distance of at least 50 metres.",
                "Boat tours have already started advertising seal-watching trips.",
            )),
)

COURIER = (
    Article("valley-dam-inspection", "2025-04-02", "Dam inspection finds no cracks, but spillway needs work",
            "Priya Castellano", "Local", (
                "Engineers who inspected the Millbrook Dam last month found no cracks in the main wall, the water "
                "board said on Wednesday, but the concrete spillway will need repairs before next winter.",
                "The inspection is required every five years. This one took longer than usual because divers had "
                "to clear fallen trees from the intake.",
                "Repairs are expected to cost about 2.4 million and will not affect the water supply.",
            )),
    Article("orchard-frost", "2025-04-05", "Late frost threatens apple blossom across the valley", "Dale Whitford",
            "Farming", (
                "Orchard owners lit smudge pots and ran wind machines through Friday night as temperatures fell "
                "to minus four degrees just as the apple trees came into blossom.",
                "\"We will know in a week how much we lost,\" said grower Ruth Amsel, who has farmed on the east "
                "slope for 26 years.",
                "The farmers' cooperative has asked the county for emergency support if losses exceed a third of "
                "the crop.",
            )),
    Article("parks-and-recreation-budget", "2025-04-08", "Parks &amp; Recreation budget cut by 8 percent",
            "Priya Castellano", "Politics", (
                "The county's parks department will lose 8 percent of its budget next year under a plan approved "
                "by commissioners on Tuesday night.",
                "Two seasonal lifeguard posts at Clearwater Lake will not be filled, and the summer concert series "
                "will be shortened from ten evenings to six.",
                "Commissioner Alvarez, who voted against the plan, called the cuts \"small in money and large in "
                "what they take away\".",
            )),
    Article("county-fair-dates", None, "County fair announces new dates and a bigger livestock barn", "Dale Whitford",
            "Events", (
                "The Millbrook County Fair will run for six days instead of five this year, organisers said, and "
                "will open a new livestock barn built with money from a local credit union.",
                "The fair will keep its free entry for children under twelve. Tickets for the rodeo go on sale "
                "online next month.",
                "Volunteers are still needed for parking and the lost-and-found tent.",
            )),
    Article("bus-route-nine", "2025-04-14", "Route 9 bus to run every 20 minutes", "Mei Tanaka-Brooks", "Transport", (
                "Buses on Route 9 between the station and the hospital will run every 20 minutes from May, "
                "instead of every half hour, the transit agency announced.",
                "The change is paid for by cutting a little-used evening service on Route 14.",
                "Hospital staff had campaigned for more frequent buses for two years.",
            )),
    Article("old-mill-bookshop", "2025-04-16", "Old mill becomes a bookshop and café", "Mei Tanaka-Brooks",
            "Business", (
                "The old grain mill on River Street, empty since 2017, has reopened as a bookshop with a café on "
                "its upper floor.",
                "Owners Sam and Lucia Okafor kept the original millstones, which now serve as tables in the "
                "children's corner.",
                "The shop will host a reading night every second Thursday.",
            )),
    Article("high-school-robotics", "2025-04-22", "High school robotics team heads to national final",
            "Priya Castellano", "Education", (
                "A team of six students from Millbrook High has qualified for the national robotics final after "
                "their machine stacked more crates than any other in the regional round.",
                "The team built the robot in a borrowed garage and paid for parts by repairing bicycles for "
                "neighbours.",
                "The final takes place in June.",
            )),
    Article("preview-budget-vote", "2025-04-25", "Preview: what is at stake in next week's budget vote",
            "Dale Whitford", "Politics", (
                "Commissioners will vote next Tuesday on a budget that raises property taxes for the first time "
                "in six years.",
                "Supporters say the increase is needed to repair rural roads. Opponents want to sell unused "
                "county land instead.",
                "The meeting is open to the public and will be streamed online.",
            )),
)

VESTNIK = (
    Article("most-otkryt", "2025-03-03", "Северный мост открыли после ремонта", "Анна Ветрова", "Город", (
        "В понедельник утром Северный мост снова открыли для машин и пешеходов. Ремонт продолжался почти "
        "полтора года.",
        "Рабочие заменили пролёты и освещение, а также расширили тротуары. По словам мэрии, работы "
        "обошлись немного дороже, чем планировалось.",
        "«Теперь дорога до работы занимает десять минут, а не сорок», — рассказал житель Заречья Павел Орлов.",
    )),
    Article("shkola-robototehniki", "2025-03-05", "В школе № 4 открылся кружок робототехники", "Илья Смирнов",
            "Образование", (
                "В школе № 4 начал работу кружок робототехники для учеников пятых–девятых классов.",
                "Оборудование купили на деньги областного гранта. Занятия проходят два раза в неделю.",
                "Первые роботы учеников уже умеют объезжать препятствия.",
            )),
    Article("moroz-v-marte", "2025-03-07", "Мартовские морозы задержали навигацию", "Анна Ветрова", "Погода", (
        "Из-за ночных морозов до минус восемнадцати градусов открытие навигации на реке перенесли на две недели.",
        "Ледоколы продолжат работу у причалов до конца месяца.",
        "Синоптики обещают потепление к середине апреля.",
    )),
    Article("novaya-biblioteka", "2025-03-11", "Библиотека переехала в здание бывшего вокзала", "Мария Лебедева",
            "Культура", (
                "Городская библиотека открылась в отреставрированном здании старого вокзала.",
                "В читальном зале сохранили кассовые окна и часы начала прошлого века.",
                "Библиотека будет работать без выходных.",
            )),
    Article("rynok-ryby", "2025-03-13", "Рыбный рынок переедет в новый павильон", "Илья Смирнов", "Экономика", (
        "Рыбный рынок на набережной с апреля переедет в новый крытый павильон.",
        "Продавцы получат холодильные камеры и места для разгрузки.",
        "Аренда для торговцев не изменится до конца года.",
        "Старый рынок снесут, а на его месте разобьют сквер.",
    )),
    Article("avtobus-12", "2025-03-18", "Автобус № 12 будет ходить чаще", "Мария Лебедева", "Транспорт", (
        "С первого апреля автобусы двенадцатого маршрута будут ходить каждые пятнадцать минут.",
        "Перевозчик закупил шесть новых машин с низким полом.",
        "Вечерние рейсы продлят до полуночи.",
    )),
    Article("teatr-premiera", "2025-03-21", "Драмтеатр покажет премьеру по пьесе местного автора", "Анна Ветрова",
            "Культура", (
                "Городской драматический театр готовит премьеру спектакля по пьесе местного писателя Олега Кравца.",
                "Репетиции идут с января. В спектакле заняты двенадцать актёров и городской хор.",
                "Чтобы прочитать статью полностью, оформите подписку.",
            )),
    Article("park-rekonstrukciya", "2025-03-26", "Центральный парк закроют на реконструкцию", "Илья Смирнов",
            "Город", (
                "Центральный парк закроют на реконструкцию с первого мая до конца лета.",
                "Проект предусматривает новые дорожки, освещение и детскую площадку.",
                "Жители смогут обсудить проект на встрече в Доме культуры.",
            )),
)

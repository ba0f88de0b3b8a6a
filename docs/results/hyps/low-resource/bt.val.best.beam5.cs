Skupina mužů, který je do vzduchu.
Muž spí na zeleném hřišti.
Kluk v klobouku sedí na lavičce.
Dva muži se připravuje na skateboardu.
Plešatý muž v červené bundě a červené bundě sedí v parku.
Dáma v červené bundě a červené bundě skáče na zemi.
Hnědobílý pes běží po trávě.
Mladý chlapec, který má na skateboardu.
Muž v šedém triku s nápisem "
Žena se usmívá, zatímco stojí na kole.
Malé dítě stojí na pláži.
Člověk na sněhu.
Tři mladé děti stojí a bílých děti.
Žena sedí u stolu.
Žena hraje na kytaru.
Tři lidé na trávě.
Starší muž spí na lavičce.
Skupina lidí stojí před obchodem.
Mladá žena dělá trik v parku.
Tři dívky, zatímco stojí na ulici.
Muž v černém triku stojí v černém triku, zatímco stojí v pozadí.
Žena a muž a muž jde po ulici.
Muž v klobouku skáče do mikrofonu.
Asiatka v zeleném klobouku a zeleném triku se usmívá.
Dva dělníci stojí na pódiu.
Dva psi si hrají na trávě.
Dítě se směje, zatímco dítě se dívá.
Tři muži jdou po cestě.
Člověk dělá ve vodě.
Cyklista dělá trik.
Mladá dívka běží v parku.
Člověk jde po ulici.
Dítě si hraje na pódiu.
Člověk v červeném triku s červenou mužem.
Skupina lidí, kteří jsou v parku.
Žena sedí u stolu.
Lidé jdou po chodníku.
Muž s modrými modrými vlasy, zatímco se dívá.
Hnědobílý pes se psem v tlamě.
Malý chlapec v zeleném triku stojí u plotu.
Mladý muž bílých bílých bílýchbílýchbílýchbílýchbílýchbílých bílýchbílýchbílých bílýchbílých bílýchbílých bílých bílýchbílýchbílýchbílýchbílých bílých bílýchbílýchbílýchbílých
Člověk v zeleném triku nese míč.
Kapela hraje na pódiu.
Starší muž jde po chodníku.
Muž v červené bundě a červené bundě se připravuje.
Mladík v červené bundě a červené bundě a černých brýlích se dvěma.
Mladý chlapec se snaží do vody.
Dvě ženy s dlouhými vlasy a vlasy se dvěma dvěma vlasy.
Starší pár pár pár před obchodem.
Pes jde v tlamě.
Tři psi jsou na pláži.
Dva muži na zeleném hřišti s dvěmasem.
Dvě dívky jdou po ulici.
Skupina dětí sedí u stolu, zatímco se dívá.
Pracovník se dívá na venkovním trhu.
Vousousatý muž v restauraci.
Muž v restauraci.
Muž v obleku a slunečních brýlích se usmívá.
Muž v černém triku pracuje na skateboardu.
Žena s dlouhými vlasy sedí na lavičce.
Tři ženy se usmívá a usmívá se.
červené bundě se připravuje na skateboardu.
Muž v obleku leze po stěně.
Dvě dámy sedí u stolu v restauraci.
Žena v bílém triku jde po chodníku.
Žena v modrém triku a modrém triku skáče do bazénu.
Muž, který má na skateboardu, zatímco stojí na kole.
Usmívající se dívá na skateboardu.
Muž se připravuje v parku.
Dva malí chlapci si hrají na kytaru.
Vousatý muž se dívá na pódiu.
Dva lidé leze po stěně.
Muž a žena na pláži.
Dítě skáče na skateboardu, zatímco ho ho ho ho ho ho ho.
Děti jede na houpačce.
Dva lidé, kteří jsou a dva lidé jsou.
Dva muži v uniformách si hrají fotbal.
Žena v černém triku jde po chodníku.
Policista se připravuje na silnici.
Muž stojí na lodi.
Skupina tanečníchchchchchchchch lidí.
Žena a dítě sedí na chodníku.
Muž pracuje na chodníku.
Člověk s bílými vlasy na zdi.
Malá dívka na sobě, zatímco se dívá.
Mladá žena, která má na sobě sobě má na zemi.
Ženy jdou po sněhu.
Vousatý muž v zeleném triku a dělá trik.
Hnědobílý pes v černém triku.
Hnědobílý pes běží po poli.
Dítě si čte knihu.
Postarší muž se usmívá a snaží snaží snaží snaží do mikrofonu.
Malé dítě a žena stojí u stolu.
Dítě oblečená v dělá trik.
Muž oblečená v oranžových kalhotách drží za ním.
Mladá žena stojí na kytaru.
Tři děti jsou ve městě.
Mnoho lidí si prohlíží na pódiu.
Dva muži sedí na pláži.
Mladý muž nese v černém triku.
Starší muž se připravuje svůj svou.
Muž ve žlutém tričku hraje na kytaru.
Několik lidí stojí u stolu.
Hnědobílý pes na sobě má na sobě sobě slunečních brýlích.
Pracovník se připravuje na skateboardu.
Skupina dětí si hrají ve vodě.
Žena se usmívá, zatímco se směje.
Dvě ženy stojí před obchodem.
Dvě ženy mluví u stolu.
Člověk v klobouku a slunečních brýlích se dívá.
Dva lidé jdou po ulici.
Starý muž drží mikrofon, zatímco se dívá.
Tři děti si hrají na kytaru.
Kluk se připravuje na skateboardu.
Usmívající se snaží do vody.
Dáma v černém klobouku, zatímco muž v černém triku.
Muž sedí na zemi a hraje na kytaru.
Pes na skateboardu.
Mladá žena skáče do vzduchu.
Muž hraje na pódiu.
Čtyři lidé, kteří jsou dva lidé jsou.
Muž se připravuje na pódiu.
Muž v červeném triku se usmívá.
Mladý chlapec ve žlutém triku se směje.
Malé dítě sedí u stolu.
Jeden a muž, kteří jdou po ulici.
Dva chlapi běží sněhem.
Malá dívka v červeném triku, zatímco se dívá.
Muž v bílém triku pracuje na lodi.
Taci jsou před obchodem.
Lidi jsou po ulici, zatímco jsou zatímco ostatní sledují.
Několik lidí ve vodě.
Ženy v plavkách si hrají na pláži.
Muž a žena sedí u stolu.
Matka a dvě děti se dvěma dvěma dvěma dvěma dvěma.
Kapela s červenou červenou hračkou.
Čtyři muži stojí u jezera.
Skupina mužů, která má na pláži.
Malý chlapec v bílých šatech se usmívá.
Malá dívka v bílém triku a bílých šatech.
Černý pes se připravuje na pláži.
Muž v červeném triku stojí před dvěma dvěma dvěma dvěma dvěma dvěma dvěma dvěma dvěma dvěma dvěma.
Muž se dívá na lavičce, zatímco se dívá.
Kapela hraje na pláži.
Dvě ženy se dívají na venkovním trhu.
Žena, který má na sobě sobě sobě má na sobě sobě má na sobě sobě sobě sobě sobě sobě sobě sobě sobě s mužem.
Dítě sedí na houpačce.
Muž sedí na lavičce s mužem, která má na hlavě.
Policista v kuchyni.
Vousatý muž v červené bundě a červené bundě a červené bundě.
Černý pes v bílém triku a bílých šatech.
Kapela hraje na kytaru.
Je tam lidé si hrají na kytaru.
Muž hraje na kytaru.
Mladý chlapec skáče do vody.
Žena si čte knihu, zatímco sedí na lavičce.
Pouličníci pracují na zemi.
Muž na pláži, zatímco sedí na pláži.
Blonďatá žena v modrém tričku s modrými vlasy.
Dva muži stojí u stolu, zatímco žena, zatímco se dívá.
Mladý muž mluví do mikrofonu.
Muž, který má na sobě sobě nese.
Postarší muž v noci se dívá do objektivu.
Skupina hraje na pódiu před obchodem.
Tři psi si hrají ve sněhu.
Muž a žena, zatímco žena stojí vedle ní stojí vedle sebe.
Pes skáče do bazénu aby chytil míč.
Starší muž v červeném tričku a červené bundě a červené čepici se usmívá.
Žena ve sněhu.
Žena nese na skateboardu.
Dítě stojí a drží za ním.
Muž s modrými vlasy s dlouhými dlouhými dlouhými vlasy, který má na skateboardu.
Muž hraje u stolu.
Skupina lidí jsou ve vodě.
Muž ve žlutém triku stojí na chodníku.
Žena v modrém tričku a modré košili se dívá do vzduchu.
Žena v šedém triku a bílých šatech.
Člověk na skateboardu, který má na pódiu.
Muž v modrém sedí na lavičce.
Starší se snaží chytitt míč.
Muž hraje na kytaru.
Fotbalista v bílém triku a bílém triku mluví.
Dvě dívky sedí u stolu a jedna se dvěma dvěma.
Muž na skateboardu, který má na skateboardu.
Tato v červené bundě a červené bundě a červených dresech.
Chlapec v černém triku jede na pláži.
Tasi v restauraci.
Muž v zeleném triku, zatímco muž v pozadí.
Pět mužů hraje na pódiu.
Tři ženy sedí na zemi a dva ženy sedí na zemi.
Muž a muž sedí u stolu.
Muž s brýlemi, který má na skateboardu.
Pes běží po trávě.
Dívka s modrými vlasy na poli.
Dva lidé jsou na sobě modré lodi.
Dívka v červeném tričku a červené čepici se snaží do vzduchu.
Muž pracuje s mužem.
Hnědý pes běží na pláži.
Člověk ve vodě.
Muž v červené bundě a bílé košili sedí na lavičce.
Muž bílých bílýchbílých bílýchbílýchbílýchbílýchbílých bílýchbílýchbílýchbílých a bílýchbílýchbílých.
Dva muži v restauraci.
Muž a pes si hrají na pláži.
Muž se snaží do vzduchu, zatímco je je v pozadí.
Ten muž v bílém tričku s bílými brýlemi.
Žena v černém triku a černých šatech.
Batole v klobouku hraje v parku.
Dav lidí stojí před obchodem.
Několik lidí jdou po ulici.
Malá žena v modrém tričku a modrých šatech se směje.
Muž, která bílých děti v bílých šatech.
Muž se připravuje na skateboardu v parku.
Vousatý muž aby na venkovním hřišti.
Dvě děti jsou jsou v restauraci.
Muž pracuje na lavičce.
Dva lidé jsou ve městě.
Kapela hraje na chodníku.
Muži v oranžových brýlích, zatímco se dívá.
Mladé hokejisté oblečená v poli.
Hnědobílý pes běží po vodě.
Muž a žena jdou po ulici.
Muž dělá trik na střeše.
Dvě děti v bundě si hrají na pódiu.
Je tam lidé jsou na venkovním hřišti.
Žena a mladá se usmívá se na lavičce.
Skupina lidí stojí na zemi.
Mladá dívka v bazénu.
Chlapec s modrými vlasy se usmívá, zatímco se dívá.
Malá dívka stojí venku venku.
Malá dívka drží dítě.
Mnoho lidí se snaží na kole.
Pes skáče z vody.
Pes běží v trávě.
Skupina lidí, kteří se usmívá aby se.
Dítě s červenou červenou červenou červenou a červenémmm.
Vousousatý muž se dvěma dvěma dvěma dvěma dvěma.
Chlapec se usmívá, zatímco sedí v parku.
Dvě děti sedí na lavičce a jí.
Muž táhne na skateboardu.
Starý muž jde po chodníku.
Postarší muž stojí u stolu a žena stojí u stánku.
Mladý chlapec skáče do vzduchu.
Malé dítě se usmívá.
Muž mluví před obchodem.
Masiiiiiiici v restauraci.
Žena v modrém triku hraje na kytaru.
Tentototo muž ve městě.
Muž sedí u vody.
Párrrrrrrrrrrrrrra.
Čtyři lidé se dívají na ulici v pozadí.
Mnoho lidí, kteří jsou v parku.
Kluk dělá trik.
Muž na pláži.
Hnědobílý pes honí honí míč.
Muži v bílém triku a bílých šatech se směje.
Žena se připravuje na trávě.
Černý pes stojí v trávě.
Člověk s modrými brýlemi a modrými rukama ve vodě.
Muž jede na kole.
Tři lidé sedí u stolu.
Bílý muž a žena jdou po ulici.
Muž v bílém triku nese po cestě.
Hnědobílý pes a černý pes se psem.
Muž v červené bundě a modrých šatech se usmívá.
Dva chlapci si hrají v parku.
Dva muži, kteří jsou zatímco ho ho ho ho ho sledují.
Chlapec jede na houpačce.
Černý muž hraje na kytaru.
Člověk s červenou červenou červenou čepicí se připravuje.
Postarší muž a dělá trik.
Velká skupina lidí stojí v pozadí.
Tři ženy v klobouku sedí na ulici.
Muž v bílém triku bílých tričku bílých kalhotách.
Člověk v růžovém triku a modrých šatech se dívá na pláži.
Muž se dívá na chodníku.
Muž v černém triku a černých kalhotách se směje.
Muž, který má na sobě sobě sobě má na sobě sobě má na sobě sobě sobě sobě sobě sobě slunečních.
Jeden jde po chodníku.
Mladá dívka si prohlíží v parku.
Malé dítě v růžové, zatímco se dívá.
Blonďatá žena s červenou vlasy s dvěma vlasy.
Fotbalista v zeleném triku běží po poli.
Dívka se opíráskakuje přes překážku.
Několik dětí, zatímco sedí u stolu.
Starší muž stojí na lodi.
Bý pes skáče přes psa, aby chytil míč.
Muž v šedé šedém triku se připravuje.
Černý pes skáče přes vodou.
Dva psi běží po cestě.
Čtyři lidé v noci stojí venku.
Lidé jsou na sobě aby do vzduchu.
Čtyři psi si hrají v černém a černých kalhotách.
Muž v klobouku mluví do mikrofonu.
Skupina lidí, kteří jsou aby na venkovním trhu.
Starší plave v bazénu.
Žena s bílými vlasy a tmavýmimimimi brýlemi na sobě.
Jeden muž dělá vedle sebe vedle sebe.
Dívka v bílém triku je v bílých šatech.
Chlapec a dívka se připravuje na poli.
Dítě v oranžovém triku skáče do vzduchu.
Chlapec jede na skateboardu.
Muž se připravuje jídlo.
Batole sedí u stolu.
Čtyři děti jsou a jdou po silnici.
Muž s brýlemi si prohlíží jídlo.
Vousatý muž, zatímco se dívá na zemi.
Pes v trávě se dívá na trávě.
Žena a dítě si hraje na kytaru.
Dvě děti sedí na lavičce a povídají.
Velký hnědý pes a bílých pes, který má na sobě dělá.
Dva muži, zatímco lidé jdou po ulici.
Dva muži se dívají na venkovním trhu.
Dvě ženy, která si prohlíží.
Blonďatáatá žena v klobouku a bílých šatech.
Bílý pes běží po trávě.
Vousatý muž si čte knihu.
Dvě dívky jdou po dráze.
Vousatýatý muž, který drží své své své svéhohoho dne.
Vousatý muž dělá trik.
Dvě ženy s batohem jde po ulici.
Čtyři ženy v oranžových šatech.
Tato žena v bílých šatech a žena v noci.
Dívka v černém hraje na pláži.
Muž s brýlemi a modrými brýlemi v bazénu.
Tři děti, která má na zemi.
Žena maluje na pódiu.
Člověk nese.
Dítě sedí na pódiu.
Chlapec stojí ve vodě.
Tentoto muž v dělá trik.
Muž spí ve vodě.
Děti, kteří jsou z nich z nich je z nich z nich z nich.
Muž v černém triku sedí na trávě.
Žena a žena jsou na pláži.
Pán jde po ulici.
Muž dělá trik na kole v parku.
Muž v bundě stojí na ulici.
Žena ve žlutém triku a slunečních brýlích jde po chodníku.
Dvě ženy se dívá na zádech.
Dva psi běží na trávě.
Mnoho lidí, kteří jsou a dva lidé jsou v restauraci.
Skupina lidí sedí u stolu.
Žena v černém triku, který má na skateboardu.
Několik mužů sedí u stolu a jí.
Muž a žena jsou na ulici.
Dva psi si hrají ve sněhu.
Malý pes skáče na ulici.
Muž v černém triku hraje na kytaru.
Chlapec a muž a muž s mužem.
Dívka v bílém tričku hraje na kytaru.
Dva muži stojí na ulici.
Kluk v dělá a nese po ulici.
Člověk nese v oceánu.
Dva cyklisté sedí na lavičce.
Pes běží sněhem.
Velká skupina lidí před budovou.
Hnědobílý pes a bílýchbílýchbílých pes na ulici.
Dvě dívky, která drží svého dne.
Matka a se usmívá se se se se se se se dívá.
Muž v černém triku nese.
Žena v bílém triku hraje na kytaru.
Snowboardista skáče do vzduchu.
Několik lidí stojí u stolu.
Muž v klobouku hraje na kytaru.
Muž, který je z okna okna z okna.
Žena v bílém triku a černých kalhotách se usmívá.
Jeden muž sedí v parku.
Dva muži v červených uniformách hrají na pódiu.
Malé dítě jede na pláži.
Dítě v červené bundě a čepici stojí na lavičce.
Dítě sedí na lavičce v restauraci.
Dva muži v klobouku stojí venku.
Dva chlapci v restauraci.
Postarší žena oblečená oblečená v černém triku s bílými psem.
Dva muži jsou bílých muži.
Žena nese po ulici.
Cyklista dělá trik ve vzduchu.
Mladý muž v zeleném triku si čte knihu.
Muž v zelené bundě se směje.
Muž leze po stěně.
Mladý muž jede po ulici.
Dva psi jsou na trávě.
Člověk v červené bundě jde před budovou.
Žena sedí u stolu.
Dva chlapci v uniformách, zatímco drží do vzduchu.
Muž ve slunečních brýlích se dívá do mikrofonu.
Dítě v zeleném triku drží míč.
Muž s mužem na něco něco něco něco něco.
Kapela hraje na pódiu.
Skupina mladých mužů jde v parku.
Muž nese po chodníku.
Tři psi si užívá ve sněhu.
Velký pes skáče z vody.
Skupina mužů sedí u stolu.
Usmívající se připravuje na poli.
Skupina dětí si hraje na kytaru.
Skupina mužů sedí u stolu.
Žena oblečená v zeleném triku se směje.
Mladé lidé jsou v parku.
Děti si hrají na hřišti a hrají na hřišti.
Žena a dva dva chlapci se dívají na venkovním trhu.
Skupina lidí běží v parku.
Dvě ženy stojí ve sněhu.
Lidé stojí před budovou.
Mladý muž se dívá na pláži.
Dvě mladé mladé mladé dívky v restauraci.
Žena a dítě jede po ulici.
Muž se usmívá, zatímco se dívá na pódiu.
Vousatý muž s mužem na ulici.
Dva muži v pokoji, zatímco stojí a jedna z nich se dívají.
Malý pes běží na trávě.
Postarší pár v noci.
Snowboardista dělá trik.
Asijská žena v oranžových brýlích, která je z nich z nich jsou.
Žena v modrém triku jede na kole.
Žena v bílém triku skáče do bazénu.
Mladá žena venku v parku.
Nevěsta a dva muži stojí vedle sebe, zatímco dva muži.
Žena drží bílého psa.
Chlapec v červeném triku se dívá na kytaru.
Mladý chlapec se dívá do vzduchu.
Tři ženy jsou ve městě.
Bílý pes skáče do bazénu aby chytil míč.
Surfař v helmě jede na kole.
Děti jsou ve vodě.
Bílý pes skáče do bazénu.
Skupina lidí v modrém tričku na sobě bílých šatech.
Fotbalista v modrém tričku a modrém tričku se usmívá.
Dvě mladé dívky v modrých šatech.
Malá dívka v růžovém oblečení s výhledem.
Dva lidé běží po cestě.
Skupina žen a žen jsou v parku.
Cyklista dělá trik ve vzduchu.
Několik lidí jdou v bílém oblečení a bílých uniformách.
Žena stojí na zdi.
Žena v bílém triku a bílých šatech a bílých šatech.
Člověk jede na kole.
Malá dívka sedí na lavičce v černém triku.
Dvě dívky si hrají na pódiu.
Kluk v červeném tričku hraje na kytaru.
Kluk na kole jede na kole.
Starý muž v černé bundě se dívá na lavičce.
Muž v modrém triku jde po ulici.
Žena se připravuje do vzduchu.
Mladá dívka, která má na skateboardu.
Černý pes skáče přes překážku.
Kluk v modrém dresu hraje fotbal.
Velkákáká skupina skupina skupina lidí se připravuje na skateboardu.
Muž běží po ulici.
Chlapec s modrými vlasy v parku.
Malý pes běží na chodníku.
Dvě děti jsou jsou v restauraci.
Dva muži se dvěma dvěma dvěma muži.
Černý pes si hraje na trávě.
Několik lidí si užívá jídlo.
Bílý pes skáče do vody.
Usmívající se připravuje na skateboardu.
Malá dívka v modrých šatech si hraje na trávě.
Muž nese.
Skupina lidí na pláži.
Žena drží mikrofon.
Čtyři cyklisti na skateboardu.
Muž, který má na skateboardu.
Tři muži jdou u stolu.
Mladá dívka stojí v trávě.
Chlapec v zeleném triku a modrých šatech se směje.
Muž a žena si hraje na kytaru.
Mladá dívka v červených šatech a modrých šatech běží po trávě.
Žena s hnědými vlasy a žena v bílých šatech.
Lidé jsou aby po cestě.
Muž se připravuje po chodníku, zatímco se dívá.
Muž v bílém triku a šortkách hraje na kytaru.
Skupina lidí hraje na pódiu na pódiu.
Skateboardista jede po dráze.
Skupina lidí mluví.
Vousatý muž v obleku s mužem.
Chlapec se připravuje jídlo.
Pracovník jede na kole po ulici.
Dvlasý muž se dívá do oceánu.
Chlapec a muž a muž stojí v písku.
Mladá dívka se usmívá, zatímco se dívá.
Muž v modré bundě jede na kole.
Muž se připravuje na dráze.
Kapela stojí před obchodem.
Dva cyklisté jdou po ulici.
Skupina mužů, kteří jsou jsou aby.
Dva lidé si hrají ve vodě.
Je Je tam tam na ulici.
Jeden chlapec na skateboardu.
Žena, zatímco žena stojí na ulici.
Dívka v červeném tričku a modré čepici s brýlemi.
Žena se směje, zatímco je na sobě zatímco se dívá.
Muž, který má na sobě sobě sobě má na sobě má na sobě sobě sobě sobě, který je na sobě má na sobě má na sobě sobě sobě má na sobě má na sobě sobě sobě sobě sobě sobě má na sobě má na sobě
Muž v modrém triku jede na skateboardu.
Malé dítě si hraje ve vodě.
Čtyři děti si hrají na kytaru.
Muž drží mikrofon, zatímco se směje.
Žena s dvěma dvěma dvěmaa dvěmaiii dětmi.
Ta muži se usmívá.
Dvě dívky sedí na sobě sobě a jedna jedna.
Žena dělá trik na pódiu.
Dav lidí stojí venku venku v parku.
Chlapec v oranžovém triku hraje na hřišti.
Mladá dívka stojí na houpačce.
Muž mluví do mikrofonu.
Muž s tmavýmimimimimimimimimimimimimimimimimimimimimimimimimimimimimimimimimimimimimimimimi
Muž v zeleném triku a zeleném triku se usmívá.
Muž si prohlíží na pláži.
Muž si prohlíží jídlo.
Černý pes běží v trávě.
Surfař skáče do vzduchu.
Je tam žena jede na kole aby po cestě.
Černý pes skáče do vody.
Jeden v černé bundě a černé bundě hraje na kytaru.
Muž v zeleném triku sedí na lavičce.
Starší muž sedí u stolu.
Tři muži v restauraci.
Černý pes stojí na pódiu.
Muž jede na kole.
Muž s modrými vlasy na pláži.
Lidé jdou po chodníku před obchodem.
Velký pes skáče v černého psa, zatímco další muž.
Muž na lodi, který má na skateboardu.
Dva muži jsou na hřišti.
Muž stojí na zdi.
Muž sedí na ulici.
Dva lidé jdou po chodníku.
Malá dívka v zeleném oblečení běží.
Starší muž venku venku venku venku.
Dvě děti stojí na gauči a dva děti, zatímco stojí na gauči.
Lidé se připravuje jídlo.
Dva lidé jsou na trávě.
Žena ve žlutém triku má na skateboardu.
Černý pes plave v tlamě.
Tři muži v modrých šatech.
Vousatý muž se připravuje na pódiu.
Muž v modrém triku nese.
Muž, který má na skateboardu.
Mnoho lidí stojí u stolu.
Žena dělá trik v kuchyni.
Vousousatý muž u stolu.
Tři muži stojí u stolu.
Kapelaapela stojí u stolu.
Muž v červeném triku stojí před obchodem.
Muž, který se dívá z nich z nich z nich z nich z nich.
Dva lidé jedou na kole.
Mladá dívka nese po chodníku.
Dítě leží na skateboardu.
Starší muž hraje na kytaru.
Muž v bílém triku a bílých triku a bílých kalhotách.
Dva chlapci se dívají na pláži.
Starý muž v šedém triku stojí na skateboardu.
Tři lidé stojí na pláži.
Muž ve žlutém triku stojí před obchodem.
Dítě skáče do vzduchu.
Dvě ženy, která má na sobě sobě sobě sobě má na sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě, která má na sobě sobě sobě sobě sobě sobě sobě sobě
Plešatý muž na koni.
Černý pes ve sněhu.
Muž fotí v pozadí.
Starší žena v modrém tričku s modrými vlasy.
Lidé jsou po ulici.
Dvě mladé mladé dívky si hrají v bílém dresu, zatímco se dívají.
Dáma v modré bundě je v písku.
Muž s hnědými vlasy hraje na kytaru.
Žena s tmavými vlasy se směje.
Mladý chlapec leží na skateboardu.
Dva muži v oranžových šatech s dvěma lidmi.
Velký hnědý pes nese v parku.
Starší muž v klobouku a žena v kuchyni.
Muž se připravuje po ulici.
Malá dívka se připravuje jídlo.
Žena s dlouhými dlouhými dlouhými vlasy a dlouhými vlasy v červeném tričku se směje.
Muž jde v parku.
Dva psi jsou ve sněhu.
Žena se směje.
Dva hokejisté se snaží snaží chytitt.
Pracovník dělá trik ve městě.
Skupina lidí si prohlíží v parku.
Dvě děti jsou na skateboardu.
Mladý muž v černém triku a černých kalhotách hraje na kytaru.
Člověk oblečená ve žlutém oblečení v kuchyni.
Starší muž sedí na zdi.
Dav lidí se baví na pódiu.
Muž na sněhu.
Velkákákákáká skupina skupina skupina skupina lidí.
Plešatý muž v černém triku s číslem.
Kluk se směje, která z nich je dělá.
Vousatý muž s dlouhými vlasy, která má na hlavě.
Čtyři lidé fotí do budovy.
Plešatý muž a dělá trik v parku.
Dva muži se dvěma dvěma muži v noci.
Muž a ženy jsou jsou ve městě.
Děti si prohlíží v parku.
Muž hraje na kytaru.
Kapela hraje na dráze.
Starší žena v modrém tričku sedí na chodníku.
Pracovník v černém triku a černých brýlích se svými.
Vousousatý muž v bílém tričku.
Vousatý muž v černé bundě, který má na sobě černé bundě.
Dívka se připravuje jídlo.
Starší pracuje na pódiu.
Muž v modrém triku se dvěma dvěma dvěma dvěma dvěma dvěma dvěma dvěma dvěma.
Tentototo lidí před obchodem.
Dva lidé si hrají na pódiu.
Několik dívek si hraje na pódiu.
Mladá dívka hraje na kytaru.
Muž hraje na kytaru.
Muž se dívá na zemi.
Starší muž jde po sněhu.
Skupina lidí si hrají v bílém a černých kalhotách.
Žena v červené bundě jede na sobě červené bundě.
Skupina lidí běží sněhem.
Žena a žena na pódiu se směje se v pozadí.
Černý muž v bílých šatech, zatímco muž v restauraci.
Mladá dívka jde po chodníku.
Starší muž v klobouku mluví.
Dvě děti jsou na pódiu.
Vousatý muž, která žena v parku.
Kapela hraje na pódiu.
Muž a žena sedí na lavičce.
Postarší muž, který má na ulici.
Několik lidí mluví v restauraci.
Skupina mužů hraje na ulici.
Tento muž se snaží snaží do svého auta.
Dvě děti si hrají na hřišti.
Muž sedí před obchodem.
Muž v obleku jde po ulici.
Muž v bílém triku a bílém triku se směje.
Žena stojí v zeleném triku a zeleném triku a zeleném oblečení.
Starší žena ve žluté bundě a slunečních brýlích má na hlavě.
Lidi jsou, zatímco jdou po ulici.
Muž a žena a žena na zemi.
Dva lidé se dívají v parku.
Muž s batohem sedí na chodníku.
Dva muži sedí u stolu.
Žena ve žlutém bundě, která se dvěma dvěma dvěma dvěma.
Muž v obleku mluví na ulici.
Kluk v zeleném triku jede na kole.
Malá dívka se připravuje na zdi.
Mladý muž stojí u stolu.
Starý muž sedí u stolu.
Starší muž v klobouku stojí u stolu a usmívá se.
Tři muži mluví na ulici.
Černý lidí si prohlíží jídlo.
Muž a dvě děti jdou po ulici.
Muž v obleku a čte knihu.
Skupina lidí hraje na kytaru.
Pes skáče do vzduchu.
Několik lidí stojí na pódiu.
Ti děti jsou ve městě.
Dva lidé stojí před budovou.
Starší žena, která se připravuje po chodníku.
Fotbalista se připravuje před obchodem.
Dvě ženy v modrém tričku sedí na lavičce.
Dva muži venku v parku.
Muž v modrém triku drží své své své svého dne.
Žena v zeleném triku jde po ulici.
Dvě ženy sedí v restauraci.
Dav lidí se připravuje před obchodem.
Mladý chlapec v zeleném triku a červené bundě vedle sebe.
Mnoho lidí, kteří jsou dva muži, zatímco dva muži.
Muž v černém triku a černých kalhotách se směje.
Dva lidé sedí na lavičce.
Starší muž, který drží dítě.
Muž jde po ulici.
Muž drží kytaru.
Dva muži jsou na zdi.
Dívka s tmavýmimi vlasy stojí u stolu.
Člověk stojí vedle sebe s dvěma dvěmaa lidmi.
Mladá žena v červené bundě s červenou vlasy se usmívá.
Starší muž stojí uho dne.
Muž sedí na zeleném ulici.
Fotbalový hráč hráč, zatímco se snaží z nich z nich jsou.
Muž drží dítě.
Muž v klobouku stojí před obchodem.
Starší žena v růžovém tričku a žena před obchodem.
Několik mužů v bílém oblečení a bílých šatech.
Blonďatá žena v modrém triku jede na kole.
Žena sedí na lavičce.
Skupina lidí sedí u stolu.
Malá dívka běží po ulici.
Žena a dvě děti jsou po ulici.
Ženy v restauraci.
Žena se chystá o zeď.
Žena si prohlíží jídlo v parku.
Postarší muž se snaží do vzduchu.
Muž v černém triku zpívá do mikrofonu.
Dva mladí muži v modré bundě a modrých trikách jdou po ulici.
Dvě dívky si hrají na trávě.
Je tam žena se usmívá před budovou.
Muž a žena jdou po cestě.
Tři ženy běží na písku.
Miminko sedí na lavičce.
Dva muži se dívají na sobě, zatímco jeden jeden z nich z nich z nich z nich z nich z nich, zatímco jeden jeden z nich z nich z nich z nich z nich z nich z nich z nich z nich
Vousatý muž nese.
Muž v černém klobouku a černém triku se směje.
Starší žen se směje, zatímco se na ulici.
Vousatý muž a žena v restauraci.
Muž se připravuje na kole.
Muž v bílém triku a bílých kalhotách se směje.
Muž jde po ulici.
Muž, který má na zemi.
Starší muž sedí u stolu.
Muž a žena v černém stojí na ulici.
Lidi se připravuje jídlo.
Dívka a dívka sedí na lavičce, zatímco sedí na lavičce.
Muž, který má v bazénu.
Je tam žena v zeleném tričku a červených kalhotách se usmívá.
Cyklista dělá trik v pozadí.
Dvě ženy v bílém oblečení a bílých šatech se dvěma na ulici.
Starší muž jde po chodníku.
Postarší muž stojí v černém triku a černé bundě stojí v pozadí.
Dva muži sedí u stolu.
Žena v červených šatech stojí v červených šatech.
Žena dělá trik ve vzduchu.
Žena v černé bundě a černých šatech jde po ulici.
Postarší muž jsou v oranžových vestách.
Lidé se připravuje jídlo u stolu.
Vousousatý muž jde po ulici.
Dívka s modrými vlasy sedí na lavičce.
Muž v dělá trik.
Žena, která má na které je u stolu.
Muž v modrém triku jde do mikrofonu.
Dáma v pruhovaném triku nese jídlo.
Člověk s modrými vlasy stojí venku.
Skupina dětí na pláži a drží na pláži.
Muž v bílém triku hraje na kytaru.
Mnoho lidí jde po cestě.
Dva lidé v restauraci.
Černý muž v černém tričku sedí v parku.
Kapela se připravuje jídlo.
Muž v tmavém klobouku a mluví do mikrofonu.
Muž se připravuje na gauči.
Pět mužů, kteří stojí v bílém oblečení a bílých trikách.
Dva malí malí malí malí malí malí malí chlapci, jeden z nich z nich jsou ve vodě.
Skupina lidí, kteří jsou z nich z nich z nich z nich.
Lidé na ulici.
Dvě dívky a žena jsou a drží za ním.
Žena v bílém triku drží ceduli.
Mladá žena v bílých šatech a bílých šatech.
Muž a žena jsou, zatímco se dívá do mikrofonu.
Čtyři muži v bílých šatech, zatímco dva muži v pozadí.
Několik mužů stojí na ulici.
Starší muž sedí u stolu.
Vousatý muž dělá trik na skateboardu.
Muž v červené bundě a červené bundě jde po zdi.
Dva muži v restauraci.
Dáma v bílém triku a bílých šatech a bílých kalhotách se směje.
Člověk jede na kole.
Žena ve žlutém triku a modrých džínách se usmívá.
Muž v šedém obleku s výhledem.
Starší žena v černém tričku sedí u stolu.
Muž na chodníku, která má na chodníku.
Dva muži, kteří jsou jeden z nich z nich z nich z nich z nich z nich z nich, zatímco dva muži.
Muž a žena na ulici.
Mnoho lidí v bílých šatech, kteří jsou v bílých šatech.
Mnoho lidí se dívá do vzduchu.
Pár sedí na lavičce, zatímco žena v pozadí.
Dvě ženy v parku jde po chodníku.
Skupina dívek si hrají ve vodě.
Lidi jsou a se baví se na venkovním trhu.
Postarší muž v červeném tričku stojí před budovou.
Malý chlapec s modrými vlasy stojí na pláži.
Pár a dvě dívky se dívá se na venkovním hřišti.
Lidé v restauraci.
Žena nese v parku.
Žena stojí vedle sebe.
Pár jde a čte knihu.
Muž s brýlemi sedí na lavičce.
Muž skáče do vzduchu.
Muž se připravuje na skateboardu.
Muž v bílém triku sedí na sobě bílé bílé bíléhohohoho muže.
Kluk v černém triku jde po ulici.
Mladá žena v bílém triku s bílým bílými vlasy, zatímco drží svého auta.
Muž drží dítě, který má na sobě dítě.
Mladý muž v bazénu.
Dívka sedí na lavičce a se dívá se na pláži.
Dívka v černém triku s dvěma lidmi, zatímco lidé jsou.
Chlapec a dívka v černé bundě stojí v pozadí.
Muž a žena jdou po ulici.
Žena v šedém klobouku s nápisem "
Pracovník v oranžovém dresu se připravuje po dráze.
Starší žena sedí u stolu.
Muž se připravuje jídlo v parku.
Cyklista jede po cestě.
Mladá žena s hnědými vlasy a vlasy se směje.
Člověk leží na chodníku před vodou.
Mladý muž jde po pláži.
Skupina lidí stojí na pódiu.
Muž v dělá trik.
Dítě leží na skateboardu.
Mnoho mužů, který má na skateboardu.
Muž ve slunečních brýlích sedí u stolu.
Lidé jdou po ulici před budovou.
Muž, který má na lavičce.
Muž v bílém triku a bílém tričku stojí venku.
Žena v černém triku se dívá do mikrofonu.
Mladá žena v růžovém triku se dívá na pláži.
Cyklista stojí na pódiu.
Malé dítě sedí na kytaru.
Děti se připravuje v parku.
Muž a žena a žena, zatímco drží svého muže.
Žena pracuje na lavičce.
Starší muž v modrém tričku sedí na ulici.
Žena fotí na něco něco něco něco něco něco něco něco.
Starší muž v modrém tričku a modré košili se usmívá.
Muž na skateboardu.
Dvě ženy sedí na lavičce před obchodem.
Muž v bílém triku sedí na lavičce.
Starší muž s batohem a helmou jede po ulici.
Muž sedí u stolu.
Starší muž sedí na lavičce.
Muž spí na kole v šedé bundě.
Chlapec s modrými brýlemi stojí v parku.
Dva muži jdou po cestě.
Matka v modrém triku a modrých šatech se dvěma dvěma dvěma dvěma.
Dva psi si hrají v trávě.
Muž s brýlemi sedí na sobě lavičce.
Muž se připravuje před zdi.
Postarší pár pár pár pár se baví na venkovním trhu.
Blonďatá žena v modrém tričku sedí u stolu.
Muž v bílém triku a bílé košili se dívá do mikrofonu.
Lidé si hrají v parku.
Čtyři chlapci, zatímco jeden jeden z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich
Jeden člověk na ulici.
Postarší muž v oranžovém triku skáče na ulici.
Člověk sedí na lavičce před obchodem.
Muž čeká na venkovním trhu.
Tři muži v bílém dresu do vzduchu.
Kapela hraje na pódiu v parku.
Pk dělá trik.
Žena v šedém triku stojí v kuchyni.
Muž se připravuje do mikrofonu.
Několik lidí se dívá na pódiu.
Dvě dívky si hrají fotbal.
Starší muž je do vody.
Mnoho lidí jsou na kole.
Dva mladí chlapci se dvěma dvěma dvěma dvěma dvěma muži.
Žena se připravuje na pódiu.
Dva muži v modrém tričku pracuje na kole.
Muž a žena si prohlíží na skateboardu.
Vousatý muž nese po cestě.
Muž a žena si prohlíží jídlo.
Postarší pár pár pár si u stolu.
Dva fotbalisté jdou po ulici.
Žena v šedém klobouku před obchodem.
Žena v modrém triku a modré bundě stojí a dívá se.
Jeden muž v modrém triku mluví před obchodem.
Muž si prohlíží v písku.
Mladý muž v modrém dresu skáče do vzduchu.
Malé dítě v růžovém klobouku a slunečních brýlích se směje.
Dvě děti jsou na zemi.
Dva lidé mluví, zatímco dva lidé se dvěma lidé.
Žena pracuje na zemi.
Děti se snaží míč.
Dvě děti skáče na sobě, zatímco dva dva děti.
Dva psi běží na poli.
Muž a hraje na kytaru.
Starší lidí jsou na sněhu.
Skupina lidí jsou ve městě.
Žena připravuje do vzduchu.
Malá dívka s modrými vlasy v kuchyni.
Starší muž se připravuje svůj svůj zuby.
Cyklista skáče do vzduchu.
Tři dívky jede na skateboardu.
Usmívající se usmívá, zatímco žena se dívá.
Muž pracuje v kuchyni.
Muž, zatímco žena v kuchyni.
Žena zpívá v pozadí.
Muž ve slunečních brýlích, která má na pódiu.
Pracovník se připravuje po dráze.
Několik lidí stojí ve vzduchu, zatímco se dívají.
Starší muž dělá trik na zemi.
Žena, který má na sobě sobě modré košili a usmívá se.
Starý muž, který nese po chodníku.
Muž s dlouhými vlasy sedí na ulici.
Muž pracuje na lavičce.
Muž v červené bundě a červené košili se usmívá.
Muž stojí v restauraci.
Fotbalista s červenou červeno-----------------------------------------------
Muž v oranžovém tričku venku venku.
Muž, který má na pódiu.
Muž se připravuje v parku.
Několik mužů se připravuje na sobě aby do vzduchu.
Muž a žena sedí na lavičce.
Muž a žena sedí na lavičce.
Muž se připravuje jídlo.
Dvě dívky, kteří jsou na zemi.
Muž běží sněhem.
Kapela v červeném dresu skáče do vzduchu.
Muž v parku, zatímco ho ho ho ho ho ho ho.
Vousatý muž v bundě sedí u stolu.
Muž na skateboardu, který má na skateboardu.
Muž s vousy v parku.
Starší muž v modrém tričku sedí u stolu.
Muž a žena pracují na skateboardu.
Mladý chlapec v zeleném triku a zeleném triku se usmívá.
Muž v šedém triku pracuje na grilu.
Žena stojí před budovou.
Někdo v oranžových kalhotách sedí u stolu.
Mladý chlapec se připravuje na poli.
Muž v zeleném triku a zeleném triku se dívá.
Mladý muž se snaží míč.
Kapela hraje v parku.
Dva muži v modrém a jedna z nich ve vzduchu.
Skupina dětí si si prohlíží jídlo.
Muž stojí na kytaru.
Lidi jsou v restauraci.
Žena se připravuje před obchodem.
Dva chlapi se dvěma dvěmaiiiiiii.
Jeden muž stojí na chodníku.
Muž s batohem jde po ulici.
Několik mužů se připravuje v parku.
Dva lidé jsou v pozadí.
Tři muži na dráze.
Vousatý muž v bílém triku a černých kalhotách se usmívá.
Jeden muž, která sedí u stolu.
Někdo stojí na zemi.
Mladý chlapec sedí u stolu.
Kluk v bazénu.
Ba muži v restauraci.
Dva kluci jsou, kteří jsou zatímco se dívá.
Děti si hrají na poli.
Kapela hraje na kytaru a hraje na kytaru.
Kluci jsou jsou v parku.
Skupina lidí hraje před obchodem.
Starší muž si hraje na kytaru.
Muž se připravuje jídlo.
Kluk skáče do vzduchu.
Miminko v modrém tričku a šortkách stojí u vody.
Čtyři lidé si hrají na pódiu.
Vousatý muž a muž v restauraci.
Mladý muž pracuje na zdi.
Lidé jedou na lodi v pozadí.
Dva muži v bílých uniformách, kteří jsou bílých šatech.
Chlapec a chlapec, kteří se snaží z nich z nich z nich z nich.
Skupina tanečníchchchchchchch dětí, zatímco jsou jsou z nich jsou z nich jsou.
Člověk oblečená ve sněhu.
Muž maluje před obchodem.
Vousatý muž sedí u stolu.
Muž, který má na kytaru.
Malá dívka si hraje na kytaru.
Muž, který má na kole.
Mladý pár se usmívá na pódiu.
Mladý chlapec v zeleném triku s jídlem.
Malá dívka v černém šatech, zatímco žena v černém šatech.
Muž nese po chodníku.
Kapela hraje na pódiu v parku.
Dítě se směje.
Děti si hrají fotbal.
Mladé ženy a žena v restauraci.
Usmívající v zeleném triku se dívá.
Muž v červené bundě a červené bundě a červené bundě.
Maasi a dělá jídlo.
Tři muži jsou ve městě.
Dva muži, kteří jsou zatímco dva muži se dívají.
Dítě se dívá do vzduchu.
Skupina mladých mladých chlapců na zasněženém zasněženém kopci.
Muž skáče do vzduchu.
Mladý chlapec a dívka se směje, zatímco se.
Dva muži si prohlíží míč.
Cyklista ve žlutém triku je ve vzduchu.
Dvě ženy jsou ve městě.
Dva muži na dráze.
Dva muži se dívají na pódiu.
Muž v bílém triku a džínech jede na kole.
Skupina mužů hraje v parku.
Muž a ženy se dívají se na pódiu.
Usmívající se snaží do vody.
Skupina lidí jde po ulici.
Muž drží mikrofon, zatímco se směje.
Jeden muž na kytaru v pozadí.
Čtyři děti si hrají v parku.
Skupina mužů, kteří jsou aby do vzduchu.
Cyklista jede po cestě.
Tři psi si hrají ve vodě.
Muž hraje na kytaru.
Skupina dívek si hraje na kytaru.
Muž, která žena se směje.
Vousousousousatý muž kde se připravuje.
Fotbalový hráč hráč hráč aby se snaží.
Skupina lidí, kteří v bílých trikách a bílých šatech.
Muž v klobouku hraje na kytaru.
Muž s batohem na skateboardu na skateboardu.
Dva muži, kteří jsou aby do mikrofonu.
Malý chlapec dělá trik v kuchyni.
Dva cyklisté jedou na skateboardu.
Kapela se usmívá, zatímco ho ho ho ho ho ho ho ho ho.
Starší muž se směje, zatímco se na zemi.
Dva lidé jsou na pódiu.
Dva lidé jdou po ulici.
Plešatý muž v černém triku a černých kalhotách se snaží snaží snaží do vzduchu.
Dva muži v červených šatech a modrých šatech se dvěma.
Dva muži, kteří hrají na kytaru.
Skateboardista se připravuje na kole.
Tři lidé běží po dráze.
Kapela hraje v parku.
Několik mužů, zatímco stojí u stolu.
Dvě děti jsou v parku.
Tři děti stojí vedle modréhohohoho stolu.
Skupina lidí běží.
Dvě ženy jdou po pláži.
Kluk sedí na lavičce a dívá se dívá se na pláži.
Žena stojí na pláži, zatímco se dívá.
Blonďatá žena stojí na chodníku.
Skupina dětí, kteří jsou jsou v parku.
Dva lidé stojí u stolu.
Člověk v modré bundě a modré bundě a modré košili se dvěma na hlavě.
Pouličníci jsou po ulici.
Vousatý muž před obchodem.
Skupina lidí stojí venku venku venku.
Starší žena v bílém triku a bílých šatech se dívá.
Dva muži stojí venku venku.
Dvě ženy v červené bundě a červené bundě a červené bundě a červené bundě.

"""Conflict-geography probe: do the places of conflict reporting resolve to the right country?

    python bench/geo_conflict_probe.py [--show] [--batch s10|now|heldout]

About 330 short sentences written for this probe in wire style (none is taken from a
benchmark or an article), each with the place name to check and the country it lies in
(ISO3; '/'-separated when either is right) and, where it matters, words of its admin1.
They cover the hotspots of every ACLED region in several styles: the town alone, with its
province, with its country, 'X (Province)', with only an armed group, a demonym or a
force's name as the clue, in a list, in a headline; and namesake traps (Palma, Bor, Beni,
Rafah, Tripoli, Punjab, Georgia, San Juan, Santa Cruz, Victoria...).  The expected answers
come from general knowledge, not from the geoparser.

A sentence scores when the toponym with that text (or containing it) has the expected
country, resolved to a point or kept unresolved in that country (precision 3), and the
expected admin1 when one is given.  Prints accuracy by region and by style; --show lists
the misses.  Runs spaCy and the geoparser in one process (~30 s).
"""
from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# region | style | sentence | name | ISO3 (alternatives with '/') | admin1 words (optional, '/' alternatives)
PROBE = """\
Sahel|alone|Jihadist fighters overran an army outpost near Boni on Thursday, leaving nine soldiers dead.|Boni|MLI|
Sahel|country|Gunmen on motorbikes killed 12 herders near Menaka, Mali, local officials said.|Menaka|MLI|
Sahel|country|Suspected jihadists attacked a convoy outside Gao, Mali, on Sunday.|Gao|MLI|
Sahel|alone|A suicide car bomb struck the airport camp in Gao on Saturday.|Gao|MLI|
Sahel|province|Militants ambushed a patrol near Tessalit in the Kidal region.|Tessalit|MLI|
Sahel|clue|Malian troops and Russian mercenaries raided Moura, killing scores of men, rights groups said.|Moura|MLI|
Sahel|alone|Separatist rebels said they had retaken Anefis from the army.|Anefis|MLI|
Sahel|province|Drone strikes hit a wedding in Mopti region's Djenne district.|Djenne|MLI|
Sahel|headline|Mali: Dozens Killed In Attack On Timbuktu Boat|Timbuktu|MLI|
Sahel|country|Soldiers fought off an assault on their base at Djibo, Burkina Faso.|Djibo|BFA|
Sahel|clue|Burkinabe volunteers were killed in an ambush near Barsalogho.|Barsalogho|BFA|
Sahel|alone|Gunmen killed 20 civilians in an attack on Solenzo market.|Solenzo|BFA|
Sahel|province|Jihadists besieged Arbinda in the Soum province for weeks.|Arbinda|BFA|
Sahel|list|Attacks in Dori, Kaya and Fada N'Gourma left 40 dead over the weekend.|Kaya|BFA|
Sahel|country|Dozens of soldiers died when militants overran a post near Diapaga, Burkina Faso.|Diapaga|BFA|
Sahel|clue|Nigerien soldiers repelled an attack near Tillaberi on Tuesday.|Tillaberi|NER|
Sahel|country|Gunmen killed 17 troops in an ambush near Tahoua, Niger.|Tahoua|NER|
Sahel|alone|Militants attacked a military camp in Chinagodrar, killing 29 soldiers.|Chinagodrar|NER|
Sahel|headline|Niger Junta Says 18 Soldiers Killed Near Tera|Tera|NER|
Sahel|clue|Mauritanian forces detained suspected smugglers near Bassikounou.|Bassikounou|MRT|
LakeChad|province|Boko Haram fighters stormed Gwoza in Borno state overnight.|Gwoza|NGA|Borno
LakeChad|alone|Insurgents fired rockets into Maiduguri late on Monday.|Maiduguri|NGA|Borno
LakeChad|province|ISWAP militants attacked a base in Monguno, Borno state.|Monguno|NGA|Borno
LakeChad|clue|Boko Haram militants burned houses in Konduga on Friday.|Konduga|NGA|
LakeChad|province|Bandits abducted 40 worshippers in Zamfara's Maru area.|Maru|NGA|
LakeChad|alone|Gunmen kidnapped dozens of students from a school in Kankara.|Kankara|NGA|
LakeChad|province|Herders and farmers clashed near Bokkos, Plateau state.|Bokkos|NGA|Plateau
LakeChad|province|At least 30 people died in an attack on Yelwata, Benue state.|Yelwata|NGA|Benue
LakeChad|country|Separatist gunmen killed two police officers in Owerri, Nigeria.|Owerri|NGA|
LakeChad|clue|Nigerian troops killed 11 insurgents near Damboa.|Damboa|NGA|
LakeChad|country|Boko Haram fighters attacked a camp for the displaced in Mozogo, Cameroon.|Mozogo|CMR|
LakeChad|province|Separatists torched a school in Kumba, South-West region.|Kumba|CMR|
LakeChad|alone|Ambazonian fighters attacked soldiers in Bamenda on Sunday.|Bamenda|CMR|
LakeChad|clue|Chadian troops lost 40 men in an attack on the Barkaram base.|Barkaram|TCD|
LakeChad|country|Rebels advanced towards Mao, Chad, the army said.|Mao|TCD|
LakeChad|headline|Chad: Clashes In Abeche Leave Five Dead|Abeche|TCD|
LakeChad|country|ISWAP fighters raided Diffa, Niger, overnight.|Diffa|NER|
Horn|country|Al-Shabaab fighters attacked an army base near Baidoa, Somalia.|Baidoa|SOM|
Horn|alone|A car bomb exploded near a hotel in Mogadishu on Friday.|Mogadishu|SOM|
Horn|province|Militants shelled Beledweyne in the Hiiraan region.|Beledweyne|SOM|
Horn|clue|Al-Shabaab militants ambushed a convoy near Kismayo.|Kismayo|SOM|
Horn|alone|Clan militias clashed in Las Anod for a third day.|Las Anod|SOM|
Horn|clue|Somali troops recaptured Adan Yabaal from the militants.|Adan Yabaal|SOM|
Horn|province|Government forces shelled Mekelle, the capital of Tigray.|Mekelle|ETH|
Horn|province|Fano militiamen seized parts of Gondar in the Amhara region.|Gondar|ETH|
Horn|alone|Fighting broke out in Lalibela on Wednesday, residents said.|Lalibela|ETH|
Horn|clue|Ethiopian troops clashed with Fano fighters in Debre Markos.|Debre Markos|ETH|
Horn|country|An air strike hit a market in Bahir Dar, Ethiopia.|Bahir Dar|ETH|
Horn|province|Gunmen killed dozens of civilians in Gida Kiremu, Oromia.|Gida Kiremu|ETH|
Horn|headline|Ethiopia: Drone Strike Kills 12 In Shire|Shire|ETH|
Horn|country|Police fired tear gas at protesters in Nairobi, Kenya.|Nairobi|KEN|
Horn|province|Al-Shabaab militants killed five people near Lamu, on Kenya's coast.|Lamu|KEN|
Horn|alone|Bandits attacked a police camp in Baringo county.|Baringo|KEN|
Horn|country|Protesters clashed with police in Asmara, Eritrea.|Asmara|ERI|
GreatLakes|province|ADF rebels killed 14 villagers near Beni, North Kivu.|Beni|COD|
GreatLakes|clue|ADF fighters attacked a hospital near Beni on Sunday.|Beni|COD|
GreatLakes|clue|Congolese soldiers repelled an M23 attack on Sake.|Sake|COD|
GreatLakes|alone|M23 rebels entered Goma on Monday after days of fighting.|Goma|COD|
GreatLakes|province|CODECO militiamen attacked a camp near Bunia in Ituri province.|Bunia|COD|
GreatLakes|paren|Militiamen killed 20 people in Djugu (Ituri) on Saturday.|Djugu|COD|
GreatLakes|country|Rebels seized Bukavu, Congo, the army said.|Bukavu|COD|
GreatLakes|list|Fighting spread from Rutshuru to Masisi and Walikale.|Masisi|COD|
GreatLakes|headline|DR Congo: M23 Captures Rubaya Mining Town|Rubaya|COD|
GreatLakes|province|Clashes near Uvira, South Kivu, displaced thousands.|Uvira|COD|
GreatLakes|country|Grenade attacks hit Bujumbura, Burundi, on Friday.|Bujumbura|BDI|
GreatLakes|alone|Police dispersed an opposition rally in Kampala on Tuesday.|Kampala|UGA|
GreatLakes|country|Rebels attacked a school in Mpondwe, Uganda, killing 40 pupils.|Mpondwe|UGA|
GreatLakes|country|Anti-Balaka militiamen attacked Bangassou, Central African Republic.|Bangassou|CAF|
GreatLakes|alone|Rebels of the CPC attacked Bambari at dawn.|Bambari|CAF|
GreatLakes|country|Clashes in Kaga-Bandoro, Central African Republic, killed 8 people.|Kaga-Bandoro|CAF|
Sudan|province|RSF fighters shelled El Fasher, the capital of North Darfur.|El Fasher|SDN|
Sudan|country|RSF troops looted markets in Nyala, Sudan.|Nyala|SDN|
Sudan|alone|Artillery fire hit residential areas of Omdurman on Sunday.|Omdurman|SDN|
Sudan|clue|Sudanese army jets bombed targets in Nyala.|Nyala|SDN|
Sudan|clue|The RSF said it had taken Wad Madani from the army.|Wad Madani|SDN|
Sudan|province|Paramilitaries killed hundreds in Geneina, West Darfur.|Geneina|SDN|
Sudan|list|Fighting was reported in Khartoum, Bahri and Omdurman.|Bahri|SDN|
Sudan|headline|Sudan: RSF Drone Hits Port Sudan Airport|Port Sudan|SDN|
Sudan|province|Clashes erupted in Kadugli, South Kordofan.|Kadugli|SDN|
Sudan|alone|Militiamen attacked the Zamzam camp for displaced people.|Zamzam|SDN|
Sudan|clue|South Sudanese troops clashed with rebels near Bor.|Bor|SSD|
Sudan|province|Cattle raiders killed 20 people near Bor, Jonglei state.|Bor|SSD|
Sudan|province|Fighting erupted in Malakal, Upper Nile state.|Malakal|SSD|
Sudan|alone|Gunmen attacked a UN base in Bentiu on Thursday.|Bentiu|SSD|
Sudan|country|Clashes in Yei, South Sudan, forced families to flee.|Yei|SSD|
Sudan|country|Youths clashed with soldiers in Wau, South Sudan.|Wau|SSD|
Sudan|alone|Armed youth attacked Abyei town, killing 11 people.|Abyei|SDN/SSD|
Moz|province|Insurgents attacked Palma in Cabo Delgado province.|Palma|MOZ|
Moz|country|Insurgents stormed the town of Palma, Mozambique, killing dozens.|Palma|MOZ|
Moz|clue|Mozambican troops recaptured Mocimboa da Praia from insurgents.|Mocimboa da Praia|MOZ|
Moz|alone|Islamist militants beheaded villagers near Macomia on Friday.|Macomia|MOZ|
Moz|country|Rwandan troops patrolled Mueda, Mozambique, after the raid.|Mueda|MOZ|
Moz|province|Insurgents raided Ancuabe in Cabo Delgado on Monday.|Ancuabe|MOZ|
Moz|alone|Police fired on protesters in Maputo during the post-election unrest.|Maputo|MOZ|
Moz|headline|Mozambique: Insurgents Burn Churches In Chiure|Chiure|MOZ|
Moz|clue|Insurgents linked to Islamic State attacked Quissanga, Mozambique's army said.|Quissanga|MOZ|
Libya|list|Clashes in Sirte and Misrata killed 11 fighters.|Misrata|LBY|
Libya|alone|Rival militias exchanged fire in Tripoli overnight.|Tripoli|LBY|
Libya|clue|Libyan forces loyal to Haftar shelled Tripoli's southern suburbs.|Tripoli|LBY|
Libya|alone|An explosion hit a port warehouse in Benghazi on Sunday.|Benghazi|LBY|
Libya|country|Armed groups clashed in Zawiya, Libya, killing four.|Zawiya|LBY|
Libya|alone|Militias fought for control of Gharyan, south of the capital.|Gharyan|LBY|
Libya|headline|Libya: Gunfire Erupts In Sabha Between Rival Groups|Sabha|LBY|
Libya|clue|Haftar's forces bombed positions in Murzuq.|Murzuq|LBY|
Libya|country|Flooding in Derna, Libya, left thousands dead.|Derna|LBY|
NorthAfrica|country|Police clashed with protesters in Algiers, Algeria.|Algiers|DZA|
NorthAfrica|alone|Protesters marched in Sfax against rising prices.|Sfax|TUN|
NorthAfrica|clue|Egyptian troops killed militants near El Arish in North Sinai.|El Arish|EGY|
NorthAfrica|province|Gunmen attacked a checkpoint in Rafah, North Sinai.|Rafah|EGY|
Yemen|clue|Houthi fighters advanced on Marib, Yemeni officials said.|Marib|YEM|
Yemen|alone|Missiles struck an oil facility in Marib province on Tuesday.|Marib|YEM|
Yemen|country|Air strikes hit the port of Hodeidah, Yemen, overnight.|Hodeidah|YEM|
Yemen|alone|Snipers killed two children in Taiz on Friday.|Taiz|YEM|
Yemen|clue|Houthi rebels fired drones at ships off Hodeidah.|Hodeidah|YEM|
Yemen|list|US strikes targeted Sanaa, Saada and Hajjah.|Saada|YEM|
Yemen|alone|Separatists seized government buildings in Aden.|Aden|YEM|
Yemen|headline|Yemen: Clashes Kill 15 On Dhale Front|Dhale|YEM|
Yemen|province|Tribal fighters clashed with Houthis in Al Bayda province.|Al Bayda|YEM|
Yemen|alone|A drone hit a military parade in Mukalla, killing six.|Mukalla|YEM|
Iraq|country|An IED exploded in Kirkuk, Iraqi police said.|Kirkuk|IRQ|
Iraq|alone|Rockets landed near the airport in Erbil overnight.|Erbil|IRQ|
Iraq|province|Islamic State fighters attacked a checkpoint in Tarmiyah, Salahuddin province.|Tarmiyah|IRQ|
Iraq|clue|Iraqi troops killed militants in the Hamrin mountains near Tuz Khurmatu.|Tuz Khurmatu|IRQ|
Iraq|alone|Protesters torched a party office in Nasiriyah.|Nasiriyah|IRQ|
Iraq|country|A suicide bomber struck a market in Sadr City, Baghdad, Iraq.|Baghdad|IRQ|
Iraq|clue|Turkish drones struck PKK positions near Sinjar.|Sinjar|IRQ|
Iraq|alone|Clashes broke out near Mosul's old city on Saturday.|Mosul|IRQ|
Iraq|headline|Iraq: Rocket Attack Targets Ain al-Asad Base In Anbar|Anbar|IRQ|
Iraq|clue|Kurdish Peshmerga clashed with militiamen near Makhmour.|Makhmour|IRQ|
Iraq|alone|Gunmen killed a tribal sheikh in Basra on Monday.|Basra|IRQ|
Syria|alone|An air strike hit Idlib city on Tuesday.|Idlib|SYR|
Syria|list|Troops shelled Homs and Hama overnight.|Homs|SYR|
Syria|country|Islamic State attacked Palmyra, Syria.|Palmyra|SYR|
Syria|clue|Islamic State fighters attacked an army post near Palmyra.|Palmyra|SYR|
Syria|alone|Car bomb kills eight in Azaz market.|Azaz|SYR|
Syria|province|Clashes erupted in Jasim, Daraa province.|Jasim|SYR|
Syria|clue|Kurdish-led SDF fighters clashed with tribesmen near Deir ez-Zor.|Deir ez-Zor|SYR|
Syria|alone|Turkish-backed factions shelled Manbij on Sunday.|Manbij|SYR|
Syria|country|Druze fighters clashed with security forces in Sweida, Syria.|Sweida|SYR|
Syria|paren|Gunmen killed three men in Sanamayn (Daraa) on Friday.|Sanamayn|SYR|
Syria|headline|Syria: Israeli Strikes Hit Targets Near Latakia|Latakia|SYR|
Syria|clue|Syrian government forces retook Saraqib after heavy fighting.|Saraqib|SYR|
Syria|alone|Fighting raged in Aleppo's Sheikh Maqsoud district.|Aleppo|SYR|
Syria|clue|Russian jets bombed villages around Jisr al-Shughur.|Jisr al-Shughur|SYR|
Syria|country|A drone struck a vehicle near Qamishli, Syria.|Qamishli|SYR|
Syria|trap|Gunmen attacked a checkpoint in Tartus on Wednesday.|Tartus|SYR|
Levant|list|Israeli strikes hit Rafah and Khan Younis overnight.|Rafah|PSE|
Levant|alone|Israeli forces raided the Jenin refugee camp on Monday.|Jenin|PSE|
Levant|clue|Palestinian gunmen opened fire on troops near Nablus.|Nablus|PSE|
Levant|alone|Settlers torched cars in Huwara late on Sunday.|Huwara|PSE|
Levant|country|Air strikes flattened buildings in Deir al-Balah, Gaza.|Deir al-Balah|PSE|
Levant|clue|Hamas fighters fired rockets from Beit Lahia.|Beit Lahia|PSE|
Levant|alone|Troops demolished homes in Tulkarm on Wednesday.|Tulkarm|PSE|
Levant|headline|Gaza: Strike On School In Jabalia Kills 20|Jabalia|PSE|
Levant|alone|Clashes erupted in Hebron's old city on Friday.|Hebron|PSE|
Levant|clue|Hezbollah fighters fired missiles at Kiryat Shmona.|Kiryat Shmona|ISR|
Levant|alone|Rockets struck a house in Sderot on Saturday.|Sderot|ISR|
Levant|clue|Israeli drones hit a car in Nabatieh, Lebanese media said.|Nabatieh|LBN|
Levant|country|An air strike hit a building in Tyre, Lebanon.|Tyre|LBN|
Levant|alone|Gunmen clashed in the Bab al-Tabbaneh district of Tripoli, northern Lebanon.|Tripoli|LBN|
Levant|country|Protesters blocked roads in Tripoli, Lebanon, on Monday.|Tripoli|LBN|
Levant|alone|Israeli strikes hit the southern suburbs of Beirut.|Beirut|LBN|
Levant|clue|Jordanian troops killed smugglers near the border with Syria at Ruwaished.|Ruwaished|JOR|
MiddleEast|alone|Protesters clashed with police in Zahedan after Friday prayers.|Zahedan|IRN|
MiddleEast|clue|Iranian security forces fired on mourners in Mahabad.|Mahabad|IRN|
MiddleEast|country|Turkish police detained protesters in Diyarbakir, Turkey.|Diyarbakir|TUR|
MiddleEast|clue|Saudi air defences intercepted a drone over Jizan.|Jizan|SAU|
SouthAsia|alone|Taliban fighters attacked a checkpoint in Kunduz.|Kunduz|AFG|
SouthAsia|province|A bomb exploded in a mosque in Pul-e-Khumri, Baghlan province.|Pul-e-Khumri|AFG|
SouthAsia|alone|Islamic State claimed a suicide attack in Jalalabad.|Jalalabad|AFG|
SouthAsia|clue|Afghan forces clashed with Taliban fighters near Lashkar Gah.|Lashkar Gah|AFG|
SouthAsia|country|A blast at a Kabul school, Afghanistan, killed 19 students.|Kabul|AFG|
SouthAsia|province|Resistance fighters attacked Taliban posts in Panjshir.|Panjshir|AFG|
SouthAsia|headline|Afghanistan: Blast Hits Mosque In Kandahar|Kandahar|AFG|
SouthAsia|alone|Security forces killed three militants in North Waziristan.|North Waziristan|PAK|
SouthAsia|alone|Militants attacked a police post in Dera Ismail Khan.|Dera Ismail Khan|PAK|
SouthAsia|province|Separatists attacked a train near Quetta, Balochistan.|Quetta|PAK|
SouthAsia|clue|Pakistani troops killed eight militants in Bajaur.|Bajaur|PAK|
SouthAsia|alone|A suicide bomber struck a rally in Peshawar on Sunday.|Peshawar|PAK|
SouthAsia|province|Gunmen killed bus passengers near Gwadar, Balochistan.|Gwadar|PAK|
SouthAsia|clue|Baloch separatists attacked a camp in Turbat.|Turbat|PAK|
SouthAsia|trap|Police fired tear gas at farmers marching from Punjab to Delhi.|Punjab|IND|
SouthAsia|trap|Floods and unrest hit Lahore, the capital of Punjab province.|Punjab|PAK|
SouthAsia|trap|Sikh farmers protested in Amritsar, Punjab, on Monday.|Punjab|IND|
SouthAsia|province|Protesters blocked roads in Imphal, Manipur.|Imphal|IND|
SouthAsia|province|Gunmen torched houses in Churachandpur, Manipur.|Churachandpur|IND|
SouthAsia|province|Maoist rebels killed 10 police officers in Dantewada, Chhattisgarh.|Dantewada|IND|
SouthAsia|clue|Maoist guerrillas ambushed paramilitary troops in Bijapur.|Bijapur|IND|
SouthAsia|alone|Militants attacked an army camp in Sunjuwan near Jammu.|Jammu|IND|
SouthAsia|province|Security forces killed two militants in Shopian, Kashmir.|Shopian|IND|
SouthAsia|clue|Indian troops exchanged fire with militants in Kupwara.|Kupwara|IND|
SouthAsia|trap|Protests spread across Indian-administered Kashmir after the killing.|Kashmir|IND|
SouthAsia|country|Tourists were shot dead near Pahalgam, India.|Pahalgam|IND|
SouthAsia|alone|Police clashed with students in Dhaka on Tuesday.|Dhaka|BGD|
SouthAsia|clue|Bangladeshi police fired on protesters in Rangpur.|Rangpur|BGD|
SouthAsia|alone|Ethnic clashes broke out in Khagrachari, killing three.|Khagrachari|BGD|
SouthAsia|clue|Nepali police opened fire on protesters in Kathmandu.|Kathmandu|NPL|
SouthAsia|country|Clashes erupted in Batticaloa, Sri Lanka.|Batticaloa|LKA|
SEAsia|province|Arakan Army fighters seized a post in Paletwa, Chin state.|Paletwa|MMR|
SEAsia|alone|Resistance fighters attacked a police station in Lashio.|Lashio|MMR|
SEAsia|clue|Myanmar junta jets bombed a village near Sagaing.|Sagaing|MMR|
SEAsia|province|Troops torched homes in Myinmu township, Sagaing region.|Myinmu|MMR|
SEAsia|alone|An air strike on a school in Kanbalu killed 11 pupils.|Kanbalu|MMR|
SEAsia|country|Ethnic rebels captured Laukkai, Myanmar, after weeks of fighting.|Laukkai|MMR|
SEAsia|province|The Arakan Army took Maungdaw in Rakhine state.|Maungdaw|MMR|
SEAsia|headline|Myanmar: Junta Air Strike Kills 30 In Mindat|Mindat|MMR|
SEAsia|clue|Karen rebels attacked a military base near Myawaddy.|Myawaddy|MMR|
SEAsia|alone|Fighting erupted around Loikaw on Monday.|Loikaw|MMR|
SEAsia|province|Soldiers clashed with gunmen in Marawi, Lanao del Sur.|Marawi|PHL|
SEAsia|clue|Philippine troops killed Abu Sayyaf fighters near Patikul.|Patikul|PHL|
SEAsia|alone|A bomb exploded at a market in Cotabato City.|Cotabato City|PHL|
SEAsia|country|Communist rebels ambushed soldiers in Samar, the Philippines.|Samar|PHL|
SEAsia|trap|Troops clashed with New People's Army guerrillas in San Jose, Occidental Mindoro.|San Jose|PHL|
SEAsia|province|Militants attacked a checkpoint in Datu Piang, Maguindanao.|Datu Piang|PHL|
SEAsia|trap|Police killed two drug suspects in Santa Cruz, Laguna.|Santa Cruz|PHL|
SEAsia|alone|A roadside bomb wounded four rangers in Narathiwat.|Narathiwat|THA|
SEAsia|province|Insurgents shot a village chief in Yala province.|Yala|THA|
SEAsia|clue|Indonesian troops clashed with Papuan rebels near Intan Jaya.|Intan Jaya|IDN|
SEAsia|alone|Separatist rebels shot a pilot in Nduga regency.|Nduga|IDN|
Europe|list|Russian missiles hit Kharkiv and Zaporizhzhia overnight.|Zaporizhzhia|UKR|
Europe|alone|Fighting continued in Bakhmut, the Ukrainian army said.|Bakhmut|UKR|
Europe|alone|A drone struck an apartment block in Odesa on Tuesday.|Odesa|UKR|
Europe|clue|Russian forces shelled Kherson, killing three civilians.|Kherson|UKR|
Europe|province|Shelling hit Nikopol, Dnipropetrovsk region, overnight.|Nikopol|UKR|
Europe|alone|Russian troops advanced near Pokrovsk on Sunday.|Pokrovsk|UKR|
Europe|alone|Glide bombs struck Kupiansk overnight.|Kupiansk|UKR|
Europe|headline|Ukraine: Missile Strike On Sumy Kills 34|Sumy|UKR|
Europe|clue|Ukrainian drones hit an oil depot in Belgorod.|Belgorod|RUS|
Europe|clue|Ukrainian forces crossed into Russia near Sudzha.|Sudzha|RUS|
Europe|province|Drones struck a refinery in Tuapse, Krasnodar region.|Tuapse|RUS|
Europe|alone|Heavy fighting was reported around Avdiivka.|Avdiivka|UKR|
Europe|province|A missile hit a hotel in Kramatorsk, Donetsk region.|Kramatorsk|UKR|
Europe|alone|Russian shelling killed two people in Kostiantynivka.|Kostiantynivka|UKR|
Europe|trap|Russian shells hit Mykolaiv's port on Thursday.|Mykolaiv|UKR|
Europe|list|Air raid alerts sounded in Kyiv, Lviv and Rivne.|Rivne|UKR|
Europe|object|Russian artillery shelled Svatove and Kreminna through the night.|Svatove|UKR|
Europe|object|Ukrainian units recaptured Robotyne after weeks of fighting.|Robotyne|UKR|
Europe|object|Russian gunners shelled Toretsk on Monday, Ukrainian officials said.|Toretsk|UKR|
Europe|object|The battle for Chasiv Yar dragged into a third month.|Chasiv Yar|UKR|
Syria|object|Regime aircraft bombed Ariha and Saraqib overnight.|Ariha|SYR|
Iraq|object|Militants stormed Tal Afar's outskirts before dawn.|Tal Afar|IRQ|
SEAsia|object|The siege of Marawi left the city centre in ruins.|Marawi|PHL|
SEAsia|object|Resistance fighters captured Lashio after a month-long offensive.|Lashio|MMR|
Moz|object|Insurgents overran Mocimboa da Praia and held it for a year.|Mocimboa da Praia|MOZ|
GreatLakes|object|M23 rebels besieged Sake for several days.|Sake|COD|
Europe|alone|Police detained protesters in Minsk on Sunday.|Minsk|BLR|
Europe|country|Protesters clashed with police in Belgrade, Serbia.|Belgrade|SRB|
Europe|alone|Ethnic Serbs clashed with NATO peacekeepers in Zvecan.|Zvecan|XKX/SRB|
Europe|trap|Voters in North Macedonia went to the polls amid protests in Skopje.|Skopje|MKD|
Caucasus|trap|Azerbaijani forces shelled villages in Armenia's Syunik province.|Syunik|ARM|
Caucasus|clue|Azerbaijani troops entered Stepanakert after a lightning offensive.|Stepanakert|AZE|
Caucasus|alone|Armenian and Azerbaijani troops exchanged fire near Jermuk.|Jermuk|ARM|
Caucasus|trap|Police in Tbilisi, Georgia, dispersed pro-EU protesters.|Tbilisi|GEO|
Caucasus|trap|Protesters marched through Tbilisi as Georgia's parliament voted.|Georgia|GEO|
Caucasus|trap|Police arrested protesters in Atlanta, Georgia, on Saturday.|Georgia|USA|
Caucasus|country|Gunmen attacked a synagogue in Derbent, Dagestan.|Derbent|RUS|
Caucasus|alone|Militants attacked police in Makhachkala on Sunday.|Makhachkala|RUS|
Caucasus|trap|Fighting near Lachin left two soldiers dead, Baku said.|Lachin|AZE|
Caucasus|trap|Azerbaijan said Armenian forces fired on its positions in Kalbajar.|Kalbajar|AZE|
Caucasus|alone|Police clashed with protesters in Yerevan on Tuesday.|Yerevan|ARM|
Caucasus|clue|Russian troops moved deeper into South Ossetia near Tskhinvali.|Tskhinvali|GEO|
LatAm|province|Cartel gunmen killed 11 people in Culiacan, Sinaloa.|Culiacan|MEX|Sinaloa
LatAm|alone|Gunmen attacked a bar in Celaya, killing nine.|Celaya|MEX|
LatAm|clue|Mexican soldiers clashed with cartel gunmen in Apatzingan.|Apatzingan|MEX|
LatAm|province|A drone attack hit a village in Tepalcatepec, Michoacan.|Tepalcatepec|MEX|
LatAm|country|Gunmen killed a mayor in Chilpancingo, Mexico.|Chilpancingo|MEX|
LatAm|alone|Shootouts broke out in Reynosa on Sunday.|Reynosa|MEX|
LatAm|headline|Mexico: Cartel Clash Leaves 19 Dead In Frontera Comalapa|Frontera Comalapa|MEX|
LatAm|trap|Gunmen attacked a family in San Juan del Rio, Queretaro.|San Juan del Rio|MEX|
LatAm|province|Dissident FARC fighters attacked a base in Jamundi, Valle del Cauca.|Jamundi|COL|
LatAm|clue|ELN guerrillas clashed with FARC dissidents in Tibu.|Tibu|COL|
LatAm|alone|A car bomb exploded near a police station in Cali.|Cali|COL|
LatAm|province|Fighting in the Catatumbo displaced thousands around Tibu, Norte de Santander.|Tibu|COL|
LatAm|country|Guerrillas attacked a police post in Suarez, Colombia.|Suarez|COL|
LatAm|clue|Colombian troops fought the Gulf Clan near Caucasia.|Caucasia|COL|
LatAm|headline|Colombia: Drone Attack Hits Army Base In Cauca|Cauca|COL|
LatAm|alone|Gang members torched homes in Cite Soleil, Port-au-Prince.|Port-au-Prince|HTI|
LatAm|country|Gangs attacked Mirebalais, Haiti, freeing hundreds of inmates.|Mirebalais|HTI|
LatAm|alone|Gunmen killed dozens in Pont-Sonde on Thursday.|Pont-Sonde|HTI|
LatAm|clue|Haitian police fought gangs in Croix-des-Bouquets.|Croix-des-Bouquets|HTI|
LatAm|alone|Gangs attacked Kenscoff, in the hills above the capital.|Kenscoff|HTI|
LatAm|country|Security forces fired on protesters in Maracaibo, Venezuela.|Maracaibo|VEN|
LatAm|alone|Colectivos attacked opposition marchers in Caracas.|Caracas|VEN|
LatAm|clue|Venezuelan troops clashed with guerrillas in Apure state.|Apure|VEN|
LatAm|province|Police killed eight suspects in a raid in Salvador, Bahia.|Salvador|BRA|Bahia
LatAm|alone|Police raids in the Penha complex left dozens dead.|Penha|BRA|
LatAm|country|Gunmen attacked a land rights camp in Para, Brazil.|Para|BRA|
LatAm|clue|Brazilian police killed 10 suspects in Rio de Janeiro's favelas.|Rio de Janeiro|BRA|
LatAm|alone|Gang violence left 12 dead in Guayaquil on Sunday.|Guayaquil|ECU|
LatAm|clue|Ecuadorian soldiers took control of the prison in Esmeraldas.|Esmeraldas|ECU|
LatAm|country|Protesters blocked roads near Juliaca, Peru.|Juliaca|PER|
LatAm|alone|Police fired tear gas at protesters in Ayacucho.|Ayacucho|PER|
LatAm|trap|Protesters blocked highways around Santa Cruz, Bolivia.|Santa Cruz|BOL|
LatAm|trap|Supporters of Morales clashed with police in Cochabamba, Bolivia.|Cochabamba|BOL|
LatAm|trap|Police detained protesters in San Juan, Puerto Rico.|San Juan|PRI|
LatAm|trap|Protests over fuel prices spread to San Juan, Argentina.|San Juan|ARG|
LatAm|country|Police fired on protesters in Tegucigalpa, Honduras.|Tegucigalpa|HND|
LatAm|alone|Gangs killed three bus drivers in San Pedro Sula.|San Pedro Sula|HND|
LatAm|clue|Salvadoran soldiers surrounded Soyapango in a gang crackdown.|Soyapango|SLV|
LatAm|country|Police raided a protest camp in Masaya, Nicaragua.|Masaya|NIC|
LatAm|alone|Students were tear-gassed in Santiago during pension protests.|Santiago|CHL|
LatAm|clue|Mapuche activists torched trucks near Temuco.|Temuco|CHL|
LatAm|country|Police clashed with protesters in Quito, Ecuador.|Quito|ECU|
Traps|trap|Police clashed with protesters in Tabriz, East Azerbaijan province.|Tabriz|IRN|
Traps|trap|Azerbaijan accused Armenia of shelling its positions overnight.|Azerbaijan|AZE|
Traps|trap|Farmers blocked highways across Macedonia in northern Greece.|Macedonia|GRC|
Traps|trap|Police clashed with anti-lockdown protesters in Melbourne, Victoria.|Victoria|AUS|
Traps|trap|Floods and road blockades cut off Trinidad in Bolivia's Beni department.|Beni|BOL|
Traps|trap|Militias clashed in Al Khums, east of Tripoli, on Friday.|Al Khums|LBY|
Traps|trap|Tourists were evacuated from Palma, Mallorca, after the storm.|Palma|ESP|
Traps|trap|Miners protested in Bor, Serbia, over unpaid wages.|Bor|SRB|
Traps|trap|An Israeli strike killed four people in Sidon, Lebanon.|Sidon|LBN|
Traps|trap|Police fired tear gas at protesters in Tripoli, Libya.|Tripoli|LBY|
Traps|trap|Cartel gunmen ambushed police near Ciudad Victoria, Tamaulipas.|Ciudad Victoria|MEX|
CentralAsia|clue|Kyrgyz and Tajik border guards clashed near Batken.|Batken|KGZ|
CentralAsia|country|Shelling hit villages near Isfara, Tajikistan.|Isfara|TJK|
CentralAsia|alone|Protesters stormed government buildings in Nukus.|Nukus|UZB|
CentralAsia|alone|Riots broke out in Almaty after fuel prices doubled.|Almaty|KAZ|
WestAfrica|clue|Jihadists attacked soldiers near Banikoara in northern Benin.|Banikoara|BEN|
WestAfrica|country|Gunmen killed eight soldiers near Dapaong, Togo.|Dapaong|TGO|
WestAfrica|alone|Protesters clashed with police in Ziguinchor on Monday.|Ziguinchor|SEN|
WestAfrica|country|Security forces fired on protesters in Conakry, Guinea.|Conakry|GIN|
WestAfrica|clue|Ivorian troops repelled an attack near Kafolo.|Kafolo|CIV|
SouthernAfrica|alone|Police dispersed opposition supporters in Harare with water cannon.|Harare|ZWE|
SouthernAfrica|country|Riots and looting spread to Durban, South Africa.|Durban|ZAF|
SouthernAfrica|clue|Malagasy police fired on protesters in Antananarivo.|Antananarivo|MDG|
"""

# Session 11: the conflicts of 2022-2026 (Ukraine's front after February 2022, Kursk, Sudan, Gaza, the West
# Bank and Lebanon, the Red Sea, Syria 2024-25, Myanmar, the Sahel, eastern DRC, Haiti, Amhara, Somalia,
# Mozambique, north-west Nigeria, Cameroon, Pakistan, Manipur) and a few traps: `--batch now`.  Written the same
# way, from general knowledge; some name the year, as current reporting does.
PROBE_NOW = """\
Ukraine|alone|Russian troops shelled Pokrovsk overnight, wounding four civilians.|Pokrovsk|UKR|Donetsk
Ukraine|province|Russian forces pressed their assault on Pokrovsk in the Donetsk region in November 2024.|Pokrovsk|UKR|Donetsk
Ukraine|alone|Ukrainian soldiers pulled out of Avdiivka in February 2024 after months of fighting.|Avdiivka|UKR|Donetsk
Ukraine|clue|Russian marines suffered heavy losses in repeated attacks on Vuhledar.|Vuhledar|UKR|Donetsk
Ukraine|country|Russian glide bombs struck Kupiansk, Ukraine, on Tuesday.|Kupiansk|UKR|Kharkiv
Ukraine|province|Shelling killed two men in Kurakhove, Donetsk oblast, officials said in 2024.|Kurakhove|UKR|Donetsk
Ukraine|clue|DPR fighters and Russian paratroopers stormed Kurakhove in December 2024.|Kurakhove|UKR|Donetsk
Ukraine|alone|Fighting raged in the streets of Toretsk for a second week.|Toretsk|UKR|Donetsk
Ukraine|alone|Moscow claimed full control of Bakhmut in May 2023.|Bakhmut|UKR|Donetsk
Ukraine|clue|Ukrainian brigades pushed south from Robotyne during the 2023 counteroffensive.|Robotyne|UKR|Zapor
Ukraine|alone|A Russian drone hit a bus in Kherson, killing the driver.|Kherson|UKR|Kherson
Ukraine|province|Guided bombs destroyed a school in Orikhiv, Zaporizhzhia region.|Orikhiv|UKR|Zapor
Ukraine|alone|Russian units crossed the border and entered Vovchansk in May 2024.|Vovchansk|UKR|Kharkiv
Ukraine|headline|Ukraine: Two Killed As Missiles Hit Chasiv Yar|Chasiv Yar|UKR|Donetsk
Ukraine|list|Shelling was reported in Kostiantynivka, Druzhkivka and Kramatorsk.|Druzhkivka|UKR|Donetsk
Ukraine|alone|Russian troops shelled Myrnohrad on Sunday, the governor said.|Myrnohrad|UKR|Donetsk
Ukraine|country|A missile strike on Sumy, Ukraine, killed 34 people on a Sunday morning.|Sumy|UKR|Sumsk
Ukraine|alone|Russian forces captured Selydove after weeks of fighting, Moscow said.|Selydove|UKR|Donetsk
Ukraine|alone|Drones struck an energy facility near Zaporizhzhia overnight.|Zaporizhzhia|UKR|
Ukraine|clue|Russian soldiers advanced on Siversk from the east.|Siversk|UKR|Donetsk
Ukraine|alone|A guided bomb hit a residential block in Kostiantynivka.|Kostiantynivka|UKR|Donetsk
Ukraine|clue|Russian troops captured Pokrovsk's railway station, Ukrainian officers said.|Pokrovsk|UKR|Donetsk
Russia|alone|Ukrainian troops seized Sudzha in August 2024 in a surprise incursion.|Sudzha|RUS|Kursk
Russia|country|Drone debris set fire to a fuel depot in Belgorod, Russia.|Belgorod|RUS|
Russia|province|Residents fled Sudzha in the Kursk region as fighting spread.|Sudzha|RUS|Kursk
Russia|alone|Ukrainian drones attacked a refinery in Tuapse.|Tuapse|RUS|
Sudan|alone|The RSF shelled a displacement camp outside El Fasher on Friday.|El Fasher|SDN|
Sudan|country|Artillery fire killed 15 civilians in Omdurman, Sudan.|Omdurman|SDN|
Sudan|alone|The army retook Wad Madani from the paramilitaries in January 2025.|Wad Madani|SDN|
Sudan|province|Air strikes hit a market in Nyala, South Darfur.|Nyala|SDN|
Sudan|alone|Rapid Support Forces fighters killed hundreds in El Geneina in 2023.|El Geneina|SDN|
Sudan|clue|Sudanese troops repelled an RSF attack on Babanusa.|Babanusa|SDN|
Sudan|alone|Drones struck a power station in Sennar on Tuesday.|Sennar|SDN|
Sudan|headline|Sudan: RSF Drone Strike Hits Port Sudan Airport|Port Sudan|SDN|
Sudan|province|Paramilitaries attacked villages near Kadugli in South Kordofan.|Kadugli|SDN|
Sudan|province|Shelling killed civilians in El Obeid, North Kordofan.|El Obeid|SDN|
Palestine|alone|Israeli tanks pushed into the eastern districts of Khan Younis.|Khan Younis|PSE|
Palestine|alone|An air strike on a school in Jabalia killed at least 20 people.|Jabalia|PSE|
Palestine|trap|Israeli troops seized the Rafah crossing in May 2024.|Rafah|PSE|
Palestine|alone|Israeli forces raided the Jenin refugee camp for a third day.|Jenin|PSE|
Palestine|alone|A drone strike in Tulkarm killed five militants, the army said.|Tulkarm|PSE|
Palestine|country|Settlers torched cars in Huwara, in the occupied West Bank.|Huwara|PSE|
Palestine|alone|Israeli troops raided Nablus and detained a dozen men.|Nablus|PSE|
Palestine|headline|Gaza: Strike On Deir al-Balah Tent Camp Kills 12|Deir al-Balah|PSE|
Lebanon|alone|An Israeli strike hit a building in Nabatieh on Wednesday.|Nabatieh|LBN|
Lebanon|alone|Israeli jets struck targets near Tyre, killing three people.|Tyre|LBN|
Lebanon|clue|Hezbollah fighters clashed with Israeli soldiers near Bint Jbeil.|Bint Jbeil|LBN|
Lebanon|country|Air strikes pounded Baalbek, Lebanon, overnight.|Baalbek|LBN|
Lebanon|alone|Israeli forces shelled the outskirts of Khiam.|Khiam|LBN|
Yemen|alone|US air strikes hit Houthi positions in Hodeidah.|Hodeidah|YEM|
Yemen|alone|Houthi fighters launched a new offensive on Marib in 2025.|Marib|YEM|
Yemen|country|Israeli jets struck the airport in Sanaa, Yemen.|Sanaa|YEM|
Yemen|clue|Houthi rebels shelled government lines near Taiz.|Taiz|YEM|
Yemen|alone|A missile struck a merchant ship off Mokha in the Red Sea.|Mokha|YEM|
Syria|alone|Rebels swept into Aleppo in late November 2024.|Aleppo|SYR|
Syria|alone|Insurgents entered Hama after government troops withdrew.|Hama|SYR|
Syria|clue|Turkish-backed factions captured Manbij from the SDF.|Manbij|SYR|
Syria|alone|Security forces clashed with gunmen in Latakia in March 2025.|Latakia|SYR|
Syria|province|Gunmen ambushed a patrol in Jableh, Latakia province.|Jableh|SYR|
Syria|alone|Druze militias clashed with Bedouin fighters in Suwayda.|Suwayda|SYR|
Syria|trap|Fighting spread to Ariha and the surrounding villages.|Ariha|SYR|
Syria|alone|Rebels seized Homs as the government collapsed.|Homs|SYR|
Syria|alone|Israeli strikes hit military sites near Daraa.|Daraa|SYR|
Myanmar|alone|Ethnic rebels captured Lashio in August 2024.|Lashio|MMR|Shan
Myanmar|alone|Karen fighters overran army posts near Myawaddy.|Myawaddy|MMR|
Myanmar|clue|The MNDAA took Laukkaing during Operation 1027.|Laukkaing|MMR|
Myanmar|province|The Arakan Army pressed its siege of Sittwe, Rakhine state.|Sittwe|MMR|Rakhine
Myanmar|alone|Fighting neared the deep-sea port of Kyaukphyu.|Kyaukphyu|MMR|
Myanmar|country|Air strikes killed 30 villagers near Sagaing, Myanmar.|Sagaing|MMR|
Myanmar|alone|Resistance forces attacked a junta base in Hpakant.|Hpakant|MMR|
Sahel|alone|Army helicopters strafed a market in Kidal in 2023.|Kidal|MLI|
Sahel|alone|Tuareg rebels and jihadists ambushed Wagner fighters near Tinzaouaten.|Tinzaouaten|MLI|
Sahel|alone|Hundreds were killed while digging trenches around Barsalogho in 2024.|Barsalogho|BFA|
Sahel|province|Militants blockaded Djibo, the main town of Soum province.|Djibo|BFA|
Sahel|province|Jihadists killed dozens in an attack near Ouallam, Tillaberi region.|Ouallam|NER|
Sahel|clue|JNIM fighters struck an army camp at Boulkessi.|Boulkessi|MLI|
Sahel|alone|Jihadists attacked the airport and a gendarmerie school in Bamako.|Bamako|MLI|
DRC|alone|M23 rebels entered Goma in January 2025.|Goma|COD|
DRC|province|Rebels seized Bukavu, the capital of South Kivu.|Bukavu|COD|
DRC|alone|Shells landed near Sake, west of Goma, on Sunday.|Sake|COD|
DRC|clue|The M23 took control of the coltan mines of Rubaya.|Rubaya|COD|
DRC|alone|Fighting between the army and rebels displaced thousands in Masisi.|Masisi|COD|
DRC|country|Wazalendo militias clashed with soldiers in Uvira, Congo.|Uvira|COD|
DRC|alone|ADF rebels killed 40 villagers near Oicha.|Oicha|COD|
DRC|province|Militiamen attacked a displacement camp near Bunia, Ituri province.|Bunia|COD|
Haiti|alone|Gangs burned homes in Kenscoff in early 2025.|Kenscoff|HTI|
Haiti|clue|Viv Ansanm gangs overran Mirebalais and its prison.|Mirebalais|HTI|
Haiti|alone|Gang members killed dozens in Pont-Sonde in October 2024.|Pont-Sonde|HTI|
Haiti|alone|Police fought gangs in Cite Soleil on Friday.|Cite Soleil|HTI|
Haiti|country|Gunmen attacked a hospital in Petion-Ville, Haiti.|Petion-Ville|HTI|
Ethiopia|alone|Fano militiamen briefly took control of Bahir Dar in August 2023.|Bahir Dar|ETH|
Ethiopia|clue|Ethiopian drones struck a bus near Gondar.|Gondar|ETH|
Ethiopia|list|Fighting was reported in Lalibela and Debre Tabor.|Debre Tabor|ETH|
Ethiopia|province|Gunmen attacked a convoy near Debre Birhan, Amhara.|Debre Birhan|ETH|
Somalia|alone|Somali forces clashed with clan militias in Galkayo.|Galkayo|SOM|
Somalia|province|Al-Shabaab attacked a base near Jowhar, Middle Shabelle.|Jowhar|SOM|
Somalia|alone|Puntland forces fought Islamic State militants in the mountains near Bosaso.|Bosaso|SOM|
Mozambique|alone|Insurgents raided Macomia in May 2024.|Macomia|MOZ|
Mozambique|province|Islamic State fighters attacked Mocimboa da Praia, Cabo Delgado.|Mocimboa da Praia|MOZ|
Mozambique|alone|Post-election protesters clashed with police in Maputo.|Maputo|MOZ|
Nigeria|province|Bandits abducted 280 pupils from a school in Kuriga, Kaduna state.|Kuriga|NGA|Kaduna
Nigeria|alone|Gunmen killed 30 villagers near Gusau on Sunday.|Gusau|NGA|Zamfara
Nigeria|clue|Lakurawa militants attacked villages in Sokoto state.|Sokoto|NGA|
Nigeria|province|Bandits ambushed vigilantes near Sabon Birni, Sokoto.|Sabon Birni|NGA|Sokoto
Cameroon|alone|Separatist fighters enforced a lockdown in Bamenda ahead of the 2025 election.|Bamenda|CMR|
Cameroon|alone|Soldiers clashed with Ambazonian fighters in Buea.|Buea|CMR|
Cameroon|province|Gunmen killed four villagers in Ndop, North-West region.|Ndop|CMR|
Pakistan|alone|Separatists attacked a naval air station in Turbat.|Turbat|PAK|
Pakistan|alone|Militants rammed a car bomb into a cantonment in Bannu.|Bannu|PAK|
Pakistan|alone|A suicide bombing at the railway station in Quetta killed 26.|Quetta|PAK|
Pakistan|clue|Baloch insurgents hijacked a passenger train near Sibi.|Sibi|PAK|
Manipur|alone|Curfew was imposed in Imphal after mobs torched houses.|Imphal|IND|Manipur
Manipur|alone|Kuki and Meitei groups exchanged fire near Churachandpur.|Churachandpur|IND|Manipur
Manipur|alone|Security forces killed ten suspected militants in Jiribam in November 2024.|Jiribam|IND|Manipur
Traps|trap|Truck drivers blocked roads across Macedonia, in northern Greece, on Monday.|Macedonia|GRC|
Traps|trap|Police fired on protesters in Santa Cruz, Laguna.|Santa Cruz|PHL|
Traps|trap|Fans clashed with police outside Anfield before the match.|Anfield|GBR|
"""

# Held out: scored before and after the session-11 fixes, never read for them (`--batch heldout`).
PROBE_NOW_HELDOUT = """\
Ukraine|alone|Russian troops attacked Vuhledar from three sides in 2024.|Vuhledar|UKR|Donetsk
Ukraine|alone|Russian artillery struck Kupiansk again on Friday.|Kupiansk|UKR|Kharkiv
Ukraine|province|Ukrainian forces held on in Chasiv Yar, Donetsk region, despite heavy bombardment.|Chasiv Yar|UKR|Donetsk
Ukraine|alone|Russian troops captured Ocheretyne in April 2024.|Ocheretyne|UKR|Donetsk
Ukraine|clue|Ukrainian troops repelled an assault on Huliaipole.|Huliaipole|UKR|Zapor
Ukraine|alone|A missile strike hit a hotel in Kramatorsk.|Kramatorsk|UKR|Donetsk
Ukraine|country|Drones killed three people in Nikopol, Ukraine.|Nikopol|UKR|
Russia|province|Shelling damaged houses in Shebekino in the Belgorod region.|Shebekino|RUS|Belgorod
Russia|alone|Ukrainian forces pushed towards Korenevo in 2024.|Korenevo|RUS|Kursk
Sudan|alone|The RSF shelled Kosti on Sunday.|Kosti|SDN|
Sudan|clue|Sudanese army drones struck RSF positions in Nyala.|Nyala|SDN|
Sudan|alone|Fighting spread to Singa in mid-2024.|Singa|SDN|
Sudan|country|Shelling hit a hospital in El Fasher, Sudan.|El Fasher|SDN|
Palestine|alone|Israeli forces ordered the evacuation of eastern Rafah.|Rafah|PSE|
Palestine|alone|Settlers attacked Palestinian farmers near Hebron.|Hebron|PSE|
Palestine|alone|An air strike hit a tent camp near Khan Younis.|Khan Younis|PSE|
Lebanon|alone|Israeli strikes hit the southern suburbs of Beirut and Marjayoun.|Marjayoun|LBN|
Lebanon|clue|Hezbollah fired rockets from near Naqoura.|Naqoura|LBN|
Yemen|alone|Houthi drones struck an oil terminal in Shabwa.|Shabwa|YEM|
Syria|alone|Rebels captured Saraqib on the Damascus highway.|Saraqib|SYR|
Syria|alone|Gunmen killed dozens of civilians in Baniyas in March 2025.|Baniyas|SYR|
Syria|clue|SDF fighters clashed with Turkish-backed factions near Kobani.|Kobani|SYR|
Myanmar|alone|The junta retook Lashio in 2025 under a Chinese-brokered deal.|Lashio|MMR|
Myanmar|clue|Arakan Army fighters captured Maungdaw.|Maungdaw|MMR|
Myanmar|alone|Air strikes hit a monastery near Mandalay.|Mandalay|MMR|
Sahel|clue|Malian drones struck a market near Kidal.|Kidal|MLI|
Sahel|alone|Jihadists killed 50 soldiers near Tillaberi in 2025.|Tillaberi|NER|
Sahel|country|Jihadists attacked the town of Mansila, Burkina Faso.|Mansila|BFA|
DRC|alone|M23 rebels advanced on Walikale in March 2025.|Walikale|COD|
DRC|province|Shelling hit a displacement camp near Goma, North Kivu.|Goma|COD|
DRC|alone|Fighters took control of Kamanyola on the Rwandan border.|Kamanyola|COD|
Haiti|alone|Gangs attacked Arcahaie on Saturday.|Arcahaie|HTI|
Ethiopia|alone|Fano fighters ambushed troops near Woldia in 2024.|Woldia|ETH|
Somalia|alone|Al-Shabaab mortar rounds hit the airport in Baidoa.|Baidoa|SOM|
Mozambique|alone|Insurgents beheaded villagers near Muidumbe.|Muidumbe|MOZ|
Nigeria|alone|Bandits killed 50 people in Tsafe on Thursday.|Tsafe|NGA|
Cameroon|clue|Ambazonian separatists abducted students in Kumbo.|Kumbo|CMR|
Pakistan|alone|Gunmen stormed a police post in Dera Ismail Khan.|Dera Ismail Khan|PAK|
Pakistan|country|A blast in Khuzdar, Pakistan, hit a school bus.|Khuzdar|PAK|
Manipur|alone|Security forces fired on a mob in Moreh.|Moreh|IND|Manipur
Traps|trap|Typhoon floods cut off San Pablo, Laguna.|San Pablo|PHL|
"""


def fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("-", " ").strip()


BATCHES = {"s10": "PROBE", "now": "PROBE_NOW", "heldout": "PROBE_NOW_HELDOUT"}


def items(batch: str = "s10") -> list[tuple[str, str, str, str, set[str], list[str]]]:
    out = []
    for line in globals()[BATCHES[batch]].splitlines():
        if line.strip():
            region, style, text, name, iso, adm = line.split("|")
            out.append((region, style, text, name, set(iso.split("/")), [a for a in adm.split("/") if a]))
    return out


def check(toponyms, name: str, isos: set[str], adm: list[str]) -> tuple[bool, str]:
    key = fold(name)
    hits = [t for t in toponyms if fold(t.text) == key] or [t for t in toponyms if key in fold(t.text)
                                                              or fold(t.text) in key and len(t.text) > 3]
    if not hits:
        return False, "not found"
    t = hits[0]
    p = t.place
    if p is None or not p.iso3:
        return False, f"{t.text!r} -> no place"
    got = f"{t.text!r} -> {p.name}, {p.admin1 or '-'}, {p.iso3} (prec {p.geo_precision})"
    ok = p.iso3 in isos and (not adm or any(fold(a) in fold(p.admin1) for a in adm))
    return ok, got


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the misses")
    ap.add_argument("--batch", choices=sorted(BATCHES), default="s10",
                    help="s10: the 326 of session 10 (default); now: the conflicts of 2022-2026; heldout: their "
                         "held-out batch")
    args = ap.parse_args()
    from fogofwar.geo import geoparse_text

    by_region, by_style, totals = Counter(), Counter(), Counter()
    reg_n, sty_n = Counter(), Counter()
    misses = []
    for region, style, text, name, isos, adm in items(args.batch):
        ok, got = check(geoparse_text(text), name, isos, adm)
        reg_n[region] += 1
        sty_n[style] += 1
        totals["n"] += 1
        if ok:
            by_region[region] += 1
            by_style[style] += 1
            totals["ok"] += 1
        else:
            misses.append(f"[{region}/{style}] {text}  | want {name} {'/'.join(sorted(isos))}"
                          f"{' ' + '/'.join(adm) if adm else ''}  | got {got}")
    print(f"overall {totals['ok']}/{totals['n']} = {totals['ok'] / totals['n']:.3f}")
    print("by region:")
    for r in reg_n:
        print(f"  {r:<15} {by_region[r]:>3}/{reg_n[r]:<3} {by_region[r] / reg_n[r]:.2f}")
    print("by style:")
    for s in sty_n:
        print(f"  {s:<15} {by_style[s]:>3}/{sty_n[s]:<3} {by_style[s] / sty_n[s]:.2f}")
    if args.show:
        print("misses:")
        for m in misses:
            print("  " + m)


if __name__ == "__main__":
    main()

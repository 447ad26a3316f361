"""Typing of ordinary news prose (wire leads, headlines, passive voice, nominalisations,
reported speech, long sentences), unlike the terse style of ACLED notes, and news sentences
that must stay uncoded. All sentences were written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import event_reports, first_event

PUB = date(2024, 6, 12)


def first(text):
    return first_event(text, PUB)


STYLES = {
    "Armed clash": [
        "Heavy fighting erupted on Tuesday between the army and Tuareg rebels on the outskirts of Kidal, a military source told AFP.",
        "Troops, insurgents trade fire for hours in Borno",
        "At least 14 soldiers and an unknown number of militants were killed when jihadists ambushed a military convoy near Djibo.",
        "A police patrol came under fire from suspected Maoists in the forests of Bijapur, triggering a gunfight that lasted two hours.",
        "Colombian troops battled dissidents of the former FARC guerrilla in the province of Cauca, the defence ministry said.",
        "Government soldiers repelled an attack by Houthi fighters on their positions south of Marib, according to a military spokesman.",
        "Two rival armed factions fought for control of the checkpoint at the entrance to Tripoli's airport road overnight.",
        "The Philippine army said five New People's Army guerrillas died in a firefight with soldiers in Samar province.",
        "Gunmen stormed a police station in the Mexican state of Guerrero, sparking a shootout in which three officers and two attackers died.",
        "Fierce clashes between Sudan's army and the paramilitary Rapid Support Forces raged across Khartoum for a third day.",
    ],
    "Attack": [
        "Gunmen shot dead a village headman and his two sons in Zamfara state late on Sunday, police said.",
        "A journalist was shot dead by unknown assailants outside his home in the Mexican city of Culiacan.",
        "Suspected herdsmen killed 23 villagers in a night-time raid on a farming settlement in Benue.",
        "Masked men hacked a shopkeeper to death in the Philippine province of Maguindanao, local officials said.",
        "Militants massacre 40 civilians in eastern Congo",
        "The killing of a human rights lawyer by hooded men in Bogota drew condemnation from the United Nations.",
        "An Islamic State cell executed three shepherds in the desert near Deir ez-Zor, a war monitor reported.",
        "Police said the opposition councillor was gunned down by men riding a motorcycle as he left a mosque in Karachi.",
        "Unidentified gunmen attacked worshippers at a Catholic church in Owo during Sunday mass, killing dozens.",
        "Residents said soldiers tortured and killed a farmer they accused of feeding the rebels in the village of Minzong.",
    ],
    "Sexual violence": [
        "A 13-year-old girl was gang-raped by three soldiers at a military camp in South Kivu, a local charity said.",
        "UN investigators said militiamen raped dozens of women during an assault on the town of Geneina.",
        "Paramilitary fighters sexually assaulted displaced women at a water point near Nyala, witnesses told reporters.",
        "Two policemen accused of raping a woman in custody in Uttar Pradesh were suspended on Friday.",
        "Survivors described being raped by armed men who stopped their bus on the road to Bunia.",
        "A rights group said prison guards sexually abused female detainees at a jail in Tigray.",
        "Women in the camp said they were raped by gunmen when they went to collect firewood.",
        "The rape of a schoolgirl by a militia commander in Ituri prompted outrage among local leaders.",
    ],
    "Abduction/forced disappearance": [
        "Armed bandits kidnapped 39 students from a forestry college in Kaduna state overnight, the state government said.",
        "Gunmen abduct Catholic priest in southern Nigeria, demand ransom",
        "A businessman was kidnapped for ransom by a criminal gang in the Mexican state of Tamaulipas.",
        "Abu Sayyaf militants seized five fishermen off the coast of Sulu and took them to the island of Jolo.",
        "The wife of a missing activist said plainclothes agents bundled him into an unmarked van in Dhaka and he has not been seen since.",
        "Jihadists took 30 women hostage during a raid on a village in the Tillaberi region of Niger.",
        "The kidnapping of seven aid workers by an armed group in Mopti has been confirmed by the agency.",
        "Pirates abducted eight crew members from a cargo ship in the Gulf of Guinea, the shipping company said.",
        "An opposition student leader vanished after being detained by men in uniform in Harare, his lawyer said.",
    ],
    "Peaceful protest": [
        "Thousands of farmers marched through New Delhi on Monday to demand guaranteed prices for their crops.",
        "Teachers stage sit-in outside education ministry over unpaid salaries",
        "Hundreds of people rallied peacefully in central Madrid on Saturday against rising rents.",
        "Doctors in Nairobi went on strike on Wednesday, demanding better pay and working conditions.",
        "Relatives of missing miners held a candlelight vigil outside the company headquarters in Johannesburg.",
        "Protesters gathered outside parliament in Bucharest to denounce a proposed amnesty law.",
        "Students across Bangladesh boycotted classes and formed human chains to demand safer roads.",
        "Opposition supporters held a demonstration in Lome demanding the release of political prisoners.",
        "Dock workers walked off the job in Rotterdam on Tuesday in protest against plans to automate the port.",
        "A small group of activists picketed the US embassy in Manila, denouncing a military agreement.",
    ],
    "Protest with intervention": [
        "Police in Lagos fired tear gas to break up a protest by hundreds of young people against police brutality.",
        "Riot police arrest dozens as climate activists block motorway in Germany",
        "Security forces dispersed a rally of opposition supporters in Kinshasa using water cannon.",
        "Dozens of striking garment workers were detained when police broke up their march in Dhaka on Sunday.",
        "Police used batons to disperse students who were demonstrating against fee increases at the university of Dar es Salaam.",
        "Officers forcibly removed pro-democracy protesters from a square in central Bangkok and detained 20 of them.",
        "A peaceful march by nurses in Harare was broken up by police, who arrested the union leader.",
        "Police prevented opposition supporters from gathering in Conakry and detained several of them.",
    ],
    "Excessive force against protesters": [
        "Security forces opened fire on demonstrators in Khartoum, killing at least seven people, medics said.",
        "Police shoot dead two protesters in Kenya fuel price demonstrations",
        "Three demonstrators were killed when troops fired live rounds at a crowd protesting against the coup in Mandalay.",
        "A protester died after being struck by a tear gas canister fired by riot police in Baghdad.",
        "Soldiers shot and wounded 12 people who were protesting against the arrest of a local chief in Guinea.",
        "Rights groups said police used live ammunition against peaceful marchers in Eswatini, killing a teenager.",
        "Police beat protesting students with batons until several of them lost consciousness in Tbilisi.",
        "A student was fatally shot by police during a demonstration against fuel prices in the capital.",
    ],
    "Violent demonstration": [
        "Protesters set fire to tyres and hurled rocks at police in the Chilean capital on Friday.",
        "Angry demonstrators torched the regional governor's office in Bolivia's Santa Cruz",
        "Demonstrators clashed with police in Paris after a march against pension reform turned violent.",
        "Protesters angry over electricity cuts stormed a power company office in Beirut and smashed its windows.",
        "Hundreds of striking miners blocked the highway to the port and burnt a truck, demanding unpaid wages.",
        "Youths protesting against the death of a motorcyclist in police custody burned a police post in Kampala.",
        "Farmers dumped manure and set hay bales alight outside a government building in Brussels during a protest over subsidies.",
        "Opposition supporters protesting against the election results attacked the offices of the ruling party in Maputo.",
        "Rioting broke out in a Paris suburb after police shot a teenager, with protesters burning cars and throwing fireworks at officers.",
    ],
    "Mob violence": [
        "A mob lynched a man accused of blasphemy in Punjab province on Saturday, police said.",
        "Villagers beat suspected cattle thief to death in Kenya",
        "Supporters of two rival parties clashed with sticks and stones in a village in West Bengal, leaving 15 people injured.",
        "A crowd set upon two men suspected of child kidnapping and burned them alive in the Mexican state of Puebla.",
        "Residents attacked a health worker they accused of spreading disease in a village in Guinea.",
        "Rival groups of fans fought with bottles and chairs outside a stadium in Marseille.",
        "A group of vigilantes flogged a woman accused of witchcraft in the Indian state of Jharkhand.",
        "Members of two clans fought with machetes over grazing land near Marsabit, injuring six people.",
    ],
    "Air/drone strike": [
        "Israeli warplanes pounded targets in southern Lebanon overnight, the army said.",
        "US drone strike kills senior al-Shabaab leader in Somalia",
        "An air strike on a crowded market in the Myanmar town of Pazigyi killed dozens of villagers.",
        "The bombing of a wedding party by Saudi-led coalition jets killed at least 20 people in Yemen.",
        "Turkish drones struck positions of Kurdish fighters near the town of Kobani, a monitor said.",
        "Russian aircraft carried out more than 30 sorties over Idlib province on Wednesday.",
        "The Nigerian air force mistakenly bombed a village in Kaduna state, killing dozens of civilians celebrating a festival.",
        "Ethiopian military drones hit a truck carrying fuel in the Tigray region, killing its driver.",
        "Kamikaze drones slammed into an apartment building in Kyiv in the early hours of Monday.",
    ],
    "Shelling/artillery/missile attack": [
        "Artillery shells rained down on residential districts of Kharkiv on Thursday, killing three people.",
        "Russian missile strike hits shopping centre in Kremenchuk",
        "Rockets fired from Gaza struck the Israeli city of Sderot, wounding two people.",
        "Separatists shelled Ukrainian positions near Avdiivka with heavy mortars overnight, the army said.",
        "A barrage of Katyusha rockets landed near the US embassy in Baghdad's Green Zone.",
        "Houthi forces fired a ballistic missile at the Saudi city of Jizan.",
        "The shelling of a school sheltering displaced families killed 11 people in Khan Younis.",
        "Indian and Pakistani troops exchanged artillery fire across the Line of Control in Kashmir.",
    ],
    "Remote explosive/landmine/IED": [
        "A roadside bomb tore through a minibus carrying wedding guests in Helmand, killing nine.",
        "Bomb blast at market in Quetta kills five",
        "Three peacekeepers were killed when their armoured vehicle struck a mine near Aguelhok.",
        "A car bomb exploded outside a hotel in Mogadishu, killing at least six people, police said.",
        "Two children died after stepping on a landmine left over from the war while herding goats in Taiz.",
        "An improvised explosive device hidden in a motorbike went off near a police vehicle in Peshawar.",
        "The bombing of a bus carrying pilgrims near Mastung left 12 people dead.",
        "Maoist rebels blew up a police vehicle with an IED in Dantewada, killing ten officers.",
    ],
    "Suicide bomb": [
        "A suicide bomber blew himself up at a Shiite mosque in Kunduz during Friday prayers, killing dozens.",
        "Suicide attack on police headquarters in Mogadishu kills eight",
        "Two suicide bombers detonated their vests at a market in Maiduguri, killing several shoppers.",
        "A suicide car bomb struck a checkpoint manned by Iraqi soldiers west of Baghdad.",
        "Police said a teenage girl strapped with explosives blew herself up near a mosque in Borno.",
        "A man wearing a suicide vest detonated it at a political rally in Bajaur, killing over 40 people.",
        "The attacker rammed a car packed with explosives into the gate of an army base in Somalia, killing himself and four soldiers.",
        "A suicide bombing at a funeral in Nangarhar killed 15 mourners, officials said.",
    ],
    "Grenade": [
        "Unknown men hurled a hand grenade into a crowded bar in Bujumbura, wounding 15 people.",
        "Grenade attack on bus in Nairobi injures six",
        "A grenade thrown at a security post in Srinagar exploded on the road, injuring four passers-by.",
        "In Pulwama, militants lobbed a grenade towards a CRPF vehicle; the device missed its target and went off by the roadside.",
        "Two people were injured when an assailant threw a grenade into the courtyard of a church in Mombasa.",
        "A grenade was tossed at the home of a journalist in Tegucigalpa, causing damage but no injuries.",
        "A grenade explosion at a busy bus stop in Kampala injured several commuters.",
        "Attackers on motorcycles threw grenades at a polling station in Mindanao, police said.",
    ],
    "Chemical weapon": [
        "The OPCW said sarin was used in an attack on Khan Sheikhoun that killed more than 80 people.",
        "Syrian regime accused of chlorine attack on Douma",
        "Residents said helicopters dropped barrels filled with toxic gas on the town of Kafr Zita, causing suffocation.",
        "Doctors treated dozens of people for symptoms consistent with exposure to a nerve agent after rockets hit Ghouta.",
        "Ukrainian officials accused Russian troops of using chloropicrin grenades against their trenches near Bakhmut.",
        "A chemical attack on villages in the Kurdish region of Iraq left many people with burns and breathing problems.",
        "Investigators concluded that mustard gas had been used against fighters in the town of Marea.",
    ],
    "Arrests": [
        "Police in Hong Kong arrested 53 pro-democracy activists in dawn raids on Wednesday.",
        "Opposition leader detained in Kampala ahead of rally",
        "Security forces arrested a prominent journalist in Cairo and held him on charges of spreading false news.",
        "Indian police detained hundreds of farmers on their way to a protest in Delhi.",
        "Russian authorities detained a human rights activist in Moscow for criticising the war.",
        "The arrest of three opposition lawmakers by the security services in Kigali drew criticism from rights groups.",
        "Soldiers rounded up dozens of young men in a village suspected of supporting the rebels in Cameroon's Anglophone region.",
        "Turkish police detained 40 people suspected of links to the Gulen movement in Istanbul.",
        "An Iranian film-maker was arrested by intelligence agents in Tehran, his family said.",
    ],
    "Looting/property destruction": [
        "Armed men looted shops and burned homes in a village in Darfur, forcing residents to flee.",
        "Militia torches dozens of houses in central Mali",
        "Suspected militants set fire to a primary school in Borno overnight; no one was hurt.",
        "Settlers vandalised olive groves and burned cars in a Palestinian village in the West Bank.",
        "Unknown attackers set fire to a telecommunications mast in Mandera county, cutting off the network.",
        "Bandits raided a farm in Katsina and made off with hundreds of cattle.",
        "Gunmen destroyed an electricity pylon in Balochistan, plunging the province into darkness.",
        "Soldiers burned down the homes of families suspected of sheltering rebels in the village of Kinyanzi.",
    ],
    "Agreement": [
        "The government of Colombia and the ELN guerrillas signed a six-month ceasefire in Havana on Friday.",
        "Armenia and Azerbaijan agree prisoner swap",
        "Russia and Ukraine exchanged 90 prisoners of war in a deal brokered by the United Arab Emirates.",
        "After weeks of talks, the two warring clans in Galmudug agreed to end their feud and share the grazing land.",
        "The military junta and an ethnic armed group reached a temporary truce in the north of Shan state.",
        "Israel and Hamas agreed to a four-day humanitarian pause in Gaza, mediators announced.",
        "The rebels and the government signed a peace accord in Juba, ending years of fighting in the region.",
        "Negotiators for the army and the rebel movement struck a deal on the release of prisoners.",
    ],
    "Change to group/activity": [
        "Mexico deployed 1,500 soldiers to the border city of Reynosa after a surge in cartel violence.",
        "Army sends tanks to contested region",
        "The government imposed an overnight curfew in Imphal after days of ethnic unrest.",
        "Hundreds of Wagner fighters arrived in the Malian town of Timbuktu on Monday, residents said.",
        "Islamic State named a new leader after the death of its chief in a raid, the group said.",
        "Troops were stationed outside polling stations in Lagos ahead of the governorship election.",
        "A convoy of Russian armoured vehicles was seen moving towards the border with Belarus.",
        "Authorities in Sri Lanka declared a state of emergency and deployed the army on the streets of Colombo.",
    ],
    "Disrupted weapons use": [
        "Bomb squad defuses explosive device outside courthouse",
        "Police in Manipur recovered a large haul of rifles and grenades from an abandoned house.",
        "Israel's Iron Dome system intercepted most of the rockets fired from Gaza on Saturday.",
        "Soldiers found and destroyed an improvised explosive device planted on the road to Kidal.",
        "Ukrainian air defences shot down 18 Russian drones over the Kyiv region overnight, the air force said.",
        "Security forces foiled a plot to bomb a church in Makassar and arrested two suspects.",
        "Two militants died when the bomb they were assembling exploded prematurely in a house in Waziristan.",
        "An army patrol discovered a weapons cache containing mortars and explosives in a cave in Tora Bora.",
    ],
    "Headquarters or base established": [
        "The Turkish army established a new military base in northern Iraq's Duhok province.",
        "Jihadists set up base in abandoned school",
        "Russian forces opened a military outpost at a former US airfield in northeastern Syria.",
        "The rebels set up roadblocks and a command centre in the village of Rugari, residents said.",
        "Peacekeepers established a temporary base near the displacement camp to protect civilians.",
        "Al-Shabaab fighters built a new training camp in the forest near Jilib, intelligence sources said.",
    ],
    "Non-state actor overtakes territory": [
        "Taliban fighters overran the provincial capital of Kunduz on Sunday after days of fighting.",
        "Rebels seize key town on road to Goma",
        "Islamist insurgents captured the port town of Mocimboa da Praia after government troops withdrew.",
        "Armed groups took control of the strategic border crossing, residents said.",
        "The ethnic armed alliance seized the town of Laukkai and the army garrison there surrendered.",
        "Jihadist fighters occupied the village of Tessit after soldiers abandoned their camp.",
        "M23 rebels took over the town of Rubaya and its coltan mines on Tuesday.",
    ],
    "Government regains territory": [
        "Iraqi forces recaptured the city of Mosul from Islamic State after a nine-month battle.",
        "Army retakes rebel stronghold in Tigray",
        "Government troops reclaimed control of the town of Palma from insurgents, the defence ministry said.",
        "Somali troops liberated the town of Adan Yabaal from al-Shabaab with the help of clan militias.",
        "The Ukrainian army retook the village of Robotyne after weeks of fighting.",
        "Security forces cleared the district of Kabo of rebels and restored government control.",
        "Malian soldiers took back the town of Kidal from the Tuareg rebels on Tuesday.",
    ],
    "Non-violent transfer of territory": [
        "French troops handed over their last base in Niger to the Nigerien army.",
        "UN peacekeepers hand Mali camp to local forces",
        "The rebels withdrew from the town without a fight, leaving it to a local militia.",
        "Russian forces pulled out of the town of Kherson, which Ukrainian troops entered the next day.",
        "US forces transferred control of the Ain al-Asad airbase to the Iraqi military.",
        "Under the agreement, the militia handed control of the oil field to government forces.",
    ],
    "Other": [
        "The army declared martial law in the province after an attempted coup on Friday.",
        "Hundreds of displaced families returned to their villages in Ituri after the army secured the area.",
        "Border guards fired warning shots into the air to stop migrants crossing the river.",
        "The junta released 200 political prisoners under an amnesty on Independence Day.",
    ],
}


NON_EVENTS = [
    # forecasts, opinion, analysis
    "Analysts warn that violence could escalate in the Sahel if the junta expels foreign troops.",
    "The conflict in Sudan is likely to worsen during the rainy season, aid agencies said.",
    "In an opinion piece, the former general argued that air strikes alone will not defeat the insurgents.",
    "Experts fear a new wave of kidnappings ahead of the elections.",
    # fundraising, aid, speeches
    "The charity raised $2 million for victims of the war in Ukraine at a gala in London.",
    "The World Food Programme delivered food to 300,000 displaced people in Tigray.",
    "The president paid tribute to the soldiers who died defending the country in a speech on Monday.",
    # courts and verdicts
    "A court in Paris sentenced a former rebel commander to life in prison for crimes against humanity.",
    "The trial of 12 men accused of plotting to kidnap a governor opened in Michigan.",
    "The Supreme Court upheld the death sentences of four militants convicted of the hotel siege.",
    # industrial and road accidents
    "A chemical explosion at a factory in Gujarat killed eight workers and injured dozens.",
    "A bus carrying pilgrims plunged into a gorge in Uttarakhand, killing 25 people.",
    "A fire in a crowded nightclub in Bucharest killed 27 people.",
    "A gas leak at a mine in northern Mexico trapped 10 miners underground.",
    "Nine people died when a ferry sank off the coast of Sulawesi.",
    "An explosion at a fuel depot in Conakry killed 13 people and forced thousands to flee their homes.",
    # natural disasters
    "Floods in Pakistan have displaced more than 30 million people since June.",
    "A magnitude 7.8 earthquake struck southern Turkey and northern Syria, killing thousands.",
    "Typhoon Rai killed 375 people in the Philippines and left hundreds of thousands homeless.",
    "Wildfires forced the evacuation of thousands of residents on the Greek island of Rhodes.",
    # diplomatic events
    "The Chinese foreign minister arrived in Moscow for talks with his Russian counterpart.",
    "The Kenyan president hosted a summit of East African leaders in Nairobi on Friday.",
    "India and Pakistan agreed to reopen the Kartarpur corridor for pilgrims.",
    "The United States and Japan signed a defence cooperation pact in Tokyo.",
    "Nigeria recalled its ambassador from Niger after the coup.",
    # attribution of responsibility
    "The Islamic State group claimed responsibility for the attack through its Amaq agency.",
    "Ukraine blamed Russia for the destruction of the dam.",
    "Officials said the Pakistani Taliban were behind the mosque bombing in Peshawar.",
    "The government accused the rebels of carrying out the massacre, a charge the group denied.",
    # ordinary crime without a political or conflict character
    "Armed robbers held up a bank in the centre of Johannesburg and escaped with cash.",
    "Police arrested a man suspected of running a Ponzi scheme that defrauded thousands of investors.",
    "Thieves broke into a jewellery store in Paris and stole watches worth millions of euros.",
    "A gang of car thieves was dismantled by police in Naples.",
    "Customs officers at Lagos airport arrested a passenger carrying heroin in his luggage.",
]


# A second round: sieges, hostage-takings, curfews, party clashes, strikes, troop movements.
MORE_STYLES = {
    "Armed clash": [
        "Fighting between the Arakan Army and junta troops has intensified around the town of Paletwa, residents said on Thursday.",
        "The besieged garrison held out for a third day as rebels attacked it with rifles and machine guns.",
        "Suspected cartel gunmen and Mexican marines traded gunfire for several hours in the border town of Nuevo Laredo.",
        "Security forces killed four militants in an exchange of fire in Kupwara district, the police said.",
        "Two soldiers were wounded in a clash with Naxalites in the jungles of Gadchiroli on Saturday.",
    ],
    "Attack": [
        "A Hindu temple priest was beaten to death by unknown men in Bangladesh's Jhenaidah district.",
        "Masked gunmen opened fire on a family celebrating a birthday in a suburb of Guadalajara, killing five.",
        "Villagers said jihadists lined up the men of the hamlet and shot them.",
        "A mayoral candidate was assassinated while campaigning in the Mexican state of Guanajuato.",
        "Fulani militants killed 11 farmers working in their fields in Plateau state, a community leader said.",
    ],
    "Abduction/forced disappearance": [
        "Gunmen took 12 worshippers hostage in a church in Kogi state and demanded a ransom of 50 million naira.",
        "Armed men snatched a Chinese mining engineer from a gold site in Zamfara on Sunday.",
        "A Colombian soldier was held captive by ELN guerrillas for three weeks before being handed to the Red Cross.",
    ],
    "Peaceful protest": [
        "Workers at the state railway went on strike for 48 hours on Monday to press for a pay rise.",
        "Thousands of Israelis rallied in Tel Aviv on Saturday night against the government's judicial overhaul.",
        "Women in Kabul staged a rare protest demanding the right to work and study.",
        "Tamil families of the disappeared held a silent march in Jaffna.",
        # a grievance told in the passive stays the grievance, not the protest turning violent
        "Cotton growers protested in front of the district office in Multan, seeking compensation after their fields were destroyed by locusts.",
        "Shopkeepers in Srinagar kept their shutters down on Friday in a strike called by traders' groups.",
    ],
    "Protest with intervention": [
        "Police in Tbilisi fired water cannon and tear gas at protesters rallying against a foreign agents law.",
        "Police arrested 30 members of a farmers' union who tried to march on the state assembly in Chandigarh.",
        "Officers in riot gear pushed back demonstrators who had gathered outside the parliament in Nairobi.",
    ],
    "Violent demonstration": [
        "Angry residents blocked the main highway with burning tyres and stoned passing vehicles after a boy was run over by a bus.",
        "Students protesting against a fee increase hurled stones at police and set a bus on fire in Dhaka.",
        "Supporters of the jailed opposition leader protesting his arrest clashed with police and torched vehicles in Karachi.",
        "Protesters in Nouakchott ransacked shops and burned tyres after the announcement of the election results.",
    ],
    "Mob violence": [
        "Supporters of the ruling party and the opposition clashed in a village in Murshidabad, leaving 20 people injured.",
        "A crowd of villagers lynched two men they suspected of being cattle thieves in Jharkhand.",
        "Residents of a slum in Nairobi set upon a suspected thief and beat him until he died.",
        "Rival party workers attacked each other with sticks and iron rods in a village in Kerala.",
    ],
    "Air/drone strike": [
        "A Pakistani air raid on suspected militant hideouts in the Afghan province of Khost killed eight people, the Taliban said.",
        "Fighter jets bombarded rebel positions in the hills of Shan state, forcing villagers to flee.",
        "An Israeli strike from the air destroyed a car in Nabatieh, killing two Hezbollah members.",
    ],
    "Shelling/artillery/missile attack": [
        "Azerbaijani forces shelled the town of Stepanakert, the Armenian defence ministry said.",
        "A rocket slammed into a residential building in the Israeli town of Kiryat Shmona.",
        "Indian and Pakistani troops traded mortar fire along the border in Poonch on Wednesday.",
    ],
    "Remote explosive/landmine/IED": [
        "A bomb hidden in a rubbish bin went off near a bus stop in Bangkok, wounding four passers-by.",
        "Two Malian soldiers were killed when their vehicle ran over an explosive device near Boni.",
        "A blast from a motorbike bomb ripped through a crowded market in the Thai province of Narathiwat.",
    ],
    "Arrests": [
        "Belarusian security services detained a well-known blogger after forcing his plane to land in Minsk.",
        "Police in Kashmir arrested a separatist leader under a preventive detention law.",
        "Zimbabwean police arrested an opposition MP on charges of inciting public violence.",
        "Hundreds of Rohingya refugees were detained by police in Jammu.",
    ],
    "Looting/property destruction": [
        "Rebels burned at least 200 houses in the village of Kibirizi, the local administrator said.",
        "Bandits raided a market in Sokoto, carting away food and livestock.",
        "Militiamen looted the warehouse of an aid agency in Juba.",
    ],
    "Agreement": [
        "The warring parties in Sudan signed a short-term ceasefire in Jeddah on Saturday.",
        "Clan elders in Puntland brokered a deal to end weeks of fighting over a water point.",
        "The two militias exchanged the bodies of fighters killed in last week's clashes.",
    ],
    "Change to group/activity": [
        "Ecuador declared a state of emergency and ordered troops into prisons after a wave of gang violence.",
        "Thousands of Armenian troops were mobilised along the border with Azerbaijan.",
        "The separatist group announced that it had merged with two smaller factions.",
        "The Mexican government sent 2,000 National Guard troops to Culiacan.",
        "Security forces patrolled the streets of Mandalay in armoured vehicles after the blasts.",
    ],
    "Disrupted weapons use": [
        "Greek police defused a parcel bomb addressed to a government minister in Athens.",
        "Russian air defence systems destroyed three Ukrainian drones over the Belgorod region.",
        "Indian troops recovered AK-47 rifles and grenades after a search operation in Poonch.",
    ],
    "Headquarters or base established": [
        "The Chinese navy opened its first overseas base in Djibouti.",
        "Wagner mercenaries set up a base at the airport in Timbuktu.",
    ],
    "Non-state actor overtakes territory": [
        "Tuareg separatists seized control of the northern town of Anefis after a day of fighting.",
        "The Houthis captured the city of Sanaa and surrounded the presidential palace.",
        "Hamas gunmen took over Palestinian Authority buildings in Gaza City.",
    ],
    "Government regains territory": [
        "The Syrian army recaptured the ancient city of Palmyra with the help of Russian air strikes.",
        "Ethiopian government forces regained control of the towns of Dessie and Kombolcha.",
    ],
    "Non-violent transfer of territory": [
        "Armenian troops withdrew from the district of Kalbajar under a peace deal, handing it to Azerbaijan.",
        "The rebels handed over the town of Kalehe to the army under the truce.",
    ],
}


MORE_NON_EVENTS = [
    "A fire in a hospital's intensive care ward in Baghdad killed 82 people.",
    "Dozens died when an overloaded boat carrying migrants sank off the Libyan coast.",
    "A blast at a fireworks warehouse in Mexico's Tultepec killed 24 people.",
    "A train carrying hazardous chemicals derailed in Ohio, forcing the evacuation of residents.",
    "An oil tanker exploded after a collision near Lagos, killing nine people.",
    "A stampede at a religious festival in Uttar Pradesh killed more than 100 worshippers.",
    "A cyclone made landfall in Bangladesh, killing 20 people and destroying thousands of homes.",
    "Mudslides triggered by heavy rains killed at least 30 people in the state of Sao Paulo.",
    "The German chancellor visited Kyiv on Monday and pledged more military aid.",
    "Leaders of the G7 met in Hiroshima to discuss the war in Ukraine.",
    "The foreign ministers of Iran and Saudi Arabia agreed to restore diplomatic relations.",
    "Armenia and Azerbaijan held peace talks in Washington on Thursday.",
    "The United States accused Iran of supplying drones used in attacks on Ukrainian cities.",
    "Al-Shabaab claimed the attack on the hotel in a statement on its radio station.",
    "Investigators said a faulty gas pipe was behind the explosion in the apartment block.",
    "Police in Sicily arrested 56 suspected members of the mafia in a series of raids.",
    "Three men were arrested for smuggling migrants across the border in Texas.",
    "Armed robbers hijacked a cash-in-transit van on a highway near Pretoria.",
    "A court in Mumbai acquitted all 12 accused in the train bombings case.",
]


# A third round: two-sentence snippets, quotes, headlines with no verb, long sentences.
SNIPPET_STYLES = {
    "Armed clash": [
        "Government troops and fighters loyal to a renegade general fought pitched battles in the streets of Tripoli. Residents hid in their homes as the gunfire continued through the night.",
        "'They came from three sides and we fought them until dawn,' said a soldier who survived the assault on the outpost near Menaka.",
        "Seven soldiers killed in fierce fighting with rebels in North Kivu",
    ],
    "Attack": [
        "Gunmen on motorcycles stormed the village of Kadi on Sunday night and shot at anyone they saw. At least 30 residents were killed, a local official said.",
        "The body of a kidnapped school teacher was found on Tuesday, a day after suspected militants seized him from his home in Balochistan; he had been shot in the head.",
    ],
    "Abduction/forced disappearance": [
        "More than 80 people, most of them women and children, were abducted by gunmen from a village in Zamfara state, residents said.",
        "Armed men kidnap 15 travellers on highway in Nigeria",
    ],
    "Peaceful protest": [
        "Tens of thousands of Chileans marched through Santiago on Friday to demand constitutional change. The march passed off peacefully.",
        "Sugarcane farmers blocked the highway near Muzaffarnagar for four hours on Monday, demanding payment of their dues from the mills.",
    ],
    "Protest with intervention": [
        "Hundreds of activists gathered outside the court in Istanbul on Tuesday. Police used pepper spray to push them back and detained 14 people.",
        "Anti-government protesters in Minsk were bundled into police vans as officers broke up an unauthorised rally.",
    ],
    "Excessive force against protesters": [
        "At least 12 protesters were killed on Sunday as security forces cracked down on demonstrations against the military takeover.",
        "Police in Nairobi fired live bullets at a crowd of demonstrators, fatally wounding a 12-year-old boy.",
    ],
    "Violent demonstration": [
        "Demonstrators hurled petrol bombs at police lines in Belfast on Friday night. Officers responded with water cannon.",
        "Hundreds of angry traders protesting the demolition of their stalls pelted municipal workers with stones in Accra.",
    ],
    "Mob violence": [
        "An angry mob torched the house of a man accused of killing a child in a village in Uganda.",
        "A man accused of stealing a motorbike was beaten to death by a crowd in a market in Kaduna.",
    ],
    "Air/drone strike": [
        "Witnesses said two jets flew low over the town before dropping bombs on the main market.",
        "Drone attack hits oil facility in Saudi Arabia",
    ],
    "Shelling/artillery/missile attack": [
        "Ukraine's second city came under heavy artillery fire on Sunday, with shells hitting apartment blocks.",
        "A missile struck a railway station in Kramatorsk where civilians were waiting to be evacuated, killing more than 50.",
    ],
    "Remote explosive/landmine/IED": [
        "A powerful explosion ripped through a police convoy on the Kabul-Jalalabad highway, with officials saying a bomb had been planted by the roadside.",
        "Landmine blast kills three Indian soldiers in Kashmir",
    ],
    "Arrests": [
        "Moroccan police arrested a journalist known for his criticism of the monarchy.",
        "Ethiopian authorities have detained dozens of Tigrayans in Addis Ababa in recent days, relatives said.",
    ],
    "Looting/property destruction": [
        "Fighters looted the main hospital in Wad Madani, carting away medicines and equipment, doctors said.",
        "Unidentified men burned down a polling office in Anambra state overnight.",
    ],
    "Agreement": [
        "After three days of negotiations, the government and the Tuareg-led rebels agreed to a ceasefire and the exchange of prisoners.",
        "Yemen's warring parties agree to UN-brokered truce",
    ],
    "Change to group/activity": [
        "A first contingent of 400 Kenyan police officers arrived in Port-au-Prince on Tuesday to lead a multinational force.",
        "Nigeria's army chief ordered the redeployment of troops from the northeast to the restive northwest.",
    ],
    "Disrupted weapons use": [
        "A bomb planted under a bridge in Kashmir was detected and defused by the army on Thursday.",
        "Russian air defences intercepted two Ukrainian missiles over Crimea, the Russian defence ministry said.",
    ],
    "Non-state actor overtakes territory": [
        "Rebels of the M23 movement now control the town of Bunagana after government soldiers fled across the border.",
    ],
    "Government regains territory": [
        "Philippine troops regained full control of Marawi after a five-month siege by Islamic State-linked militants.",
    ],
}


SNIPPET_NON_EVENTS = [
    "Police said the blaze started in the kitchen of a restaurant and spread to neighbouring shops.",
    "Rescue workers pulled 12 survivors from the rubble of a collapsed hotel in Lagos.",
    "The government will hold talks with the rebels next month, the minister said.",
    "The army said it was ready to repel any attack on the capital.",
    "The UN envoy called on all sides to respect the ceasefire.",
    "A German court convicted a Syrian officer of crimes against humanity.",
    "Police dismantled a network that trafficked women from Nigeria to Italy.",
]


# A fourth round: sieges, hostage-takings, lynchings, arson, ambushes, curfews, and headlines.
HEADLINE_STYLES = {
    "Armed clash": [
        "Soldiers killed as militants ambush patrol in Niger's Tillaberi region",
        "Dozens dead as rival armed groups battle for control of gold mine in Darfur",
        "Security forces ended a 12-hour siege of a hotel in Mogadishu, killing all five gunmen inside.",
    ],
    "Attack": [
        "Six aid workers killed in attack on convoy in South Sudan",
        "Unknown gunmen killed a Catholic nun and wounded two other people in an ambush on a road near Juba.",
    ],
    "Abduction/forced disappearance": [
        "Kidnappers seize 25 schoolgirls from boarding school in northwest Nigeria",
        "Haitian gang abducts 17 missionaries and demands $17 million ransom",
    ],
    "Peaceful protest": [
        "Thousands march in Belgrade against government after mass shooting",
        "Lawyers boycott courts across Pakistan to protest killing of colleague",
        "Bus drivers in Nairobi stayed off the roads on Monday in a strike over fuel prices.",
    ],
    "Protest with intervention": [
        "Police fire tear gas at opposition supporters in Kampala",
        "Dozens detained as police break up LGBT pride march in Istanbul",
    ],
    "Excessive force against protesters": [
        "Security forces kill five in crackdown on Iran protests, rights group says",
        "Police in Dhaka baton-charged striking garment workers, injuring at least 50 of them.",
    ],
    "Violent demonstration": [
        "Protesters storm parliament in Baghdad's Green Zone",
        "Protesters torch police station in Bangladesh after death of detained man",
    ],
    "Mob violence": [
        "Mob kills two men suspected of witchcraft in Tanzania",
        "A crowd dragged a suspected pickpocket from a bus in Lagos and set him on fire.",
    ],
    "Air/drone strike": [
        "Air strike on camp for displaced people kills 30 in Myanmar",
        "Airstrikes pound Sanaa as Saudi-led coalition escalates campaign",
    ],
    "Shelling/artillery/missile attack": [
        "Shelling kills four civilians in eastern Ukraine town",
        "Mortar shells fired by rebels landed on a school in Mogadishu, killing two pupils.",
    ],
    "Remote explosive/landmine/IED": [
        "Roadside blast kills five policemen in Pakistan's Balochistan",
        "Car bomb kills prominent journalist in Malta",
    ],
    "Suicide bomb": [
        "Suicide bomber kills 20 at Shiite mosque in Afghanistan",
    ],
    "Grenade": [
        "Grenade hurled at rally in Bangladesh injures opposition leader",
    ],
    "Sexual violence": [
        "Soldiers accused of raping women during army operation in Congo's Kasai",
    ],
    "Arrests": [
        "Egypt arrests prominent activist ahead of presidential election",
        "Police detain dozens of opposition figures in Tanzania",
    ],
    "Looting/property destruction": [
        "Looters ransack shops in Juba as fighting subsides",
        "Arsonists torched a mosque in a village in Rakhine state overnight; no one was inside.",
    ],
    "Agreement": [
        "Rebels and government sign peace deal in Mozambique",
        "Taliban and Afghan government swap prisoners",
    ],
    "Change to group/activity": [
        "Curfew imposed in Manipur town after ethnic clashes",
        "Pakistan deploys army to Karachi after sectarian killings",
    ],
    "Disrupted weapons use": [
        "Police defuse bomb near Kenyan parliament",
        "Army seizes large arms cache in Manipur",
    ],
    "Headquarters or base established": [
        "Turkey builds new military outposts in northern Syria",
    ],
    "Non-state actor overtakes territory": [
        "Islamic State fighters seize Iraqi city of Ramadi",
    ],
    "Government regains territory": [
        "Iraqi troops recapture Tikrit from Islamic State",
    ],
    "Non-violent transfer of territory": [
        "French army hands over Timbuktu base to Malian forces",
    ],
}


HEADLINE_NON_EVENTS = [
    "Floods kill dozens in Kenya as heavy rains continue",
    "Factory fire kills 17 workers in Bangladesh",
    "Bus plunges off cliff in Peru, killing 24",
    "Ferry capsizes on Lake Victoria, dozens feared dead",
    "UN chief urges restraint as tensions rise on Korean peninsula",
    "Ukraine's president meets Pope Francis at the Vatican",
    "Islamic State claims responsibility for Kabul airport bombing",
    "Court jails former militia leader for 25 years",
    "Mexican drug lord extradited to the United States",
    "Police bust drug ring in Manila, seize shabu worth millions",
    "Charity concert raises funds for victims of Turkey earthquake",
    "Experts warn of rising risk of famine in Somalia",
]


# A fifth round: the thinner strategic types, crowds, and harder non-events.
FURTHER_STYLES = {
    "Non-violent transfer of territory": [
        "Under the deal, Syrian government troops moved into the Kurdish-held town of Manbij as US forces left.",
        "The last British troops left Helmand province, handing their main base to the Afghan army.",
        "Ethiopian troops withdrew from several bases in Somalia's Bakool region, leaving them to local forces.",
        "The Wagner group said it was pulling its fighters out of Bakhmut and handing its positions to the Russian army.",
    ],
    "Change to group/activity": [
        "The junta extended a nationwide curfew by another two weeks.",
    ],
    "Headquarters or base established": [
        "Islamist fighters have set up a camp near the border with Mali, from which they launch raids into Niger, officials said.",
    ],
    "Mob violence": [
        "Hindu and Muslim groups clashed in the town of Nuh during a religious procession, leaving several people injured.",
        "Taxi drivers attacked Uber drivers at the airport in Nairobi, smashing their cars.",
    ],
    "Protest with intervention": [
        "Belarusian riot police detained dozens of women who had formed a human chain in central Minsk.",
    ],
    "Attack": [
        "Residents found the bodies of nine villagers who had been executed by jihadists near the town of Mora.",
        "An environmental activist was shot dead outside her home in Honduras, the latest in a string of killings of land defenders.",
        # the killing is the event, not the crime the victims were accused of
        "Gunmen executed two men they accused of being kidnappers in a village near Uruapan.",
    ],
    "Armed clash": [
        "Heavy gunfire was heard as the army and the Rapid Support Forces fought for control of the airport.",
        "Kurdish-led forces and Turkish-backed rebels exchanged fire along the front line near Tal Tamr.",
    ],
}


FURTHER_NON_EVENTS = [
    "A small plane crashed shortly after take-off from an airfield in Kenya, killing all five people on board.",
    "A gas explosion at a coal mine in Balochistan killed 12 miners.",
    "The collapse of a partially built tower in Lagos killed 45 workers.",
    "Rescue teams are searching for survivors after an avalanche buried a village in Nepal.",
    "The Pakistani army blamed India for the unrest in Balochistan.",
    "Russia said Ukrainian saboteurs were responsible for the pipeline explosions.",
    "Police said two rival drug gangs were behind the wave of killings in the port city.",
    "Colombian police arrested a cocaine trafficker wanted in the United States.",
    "A cyber attack disrupted the computer systems of a hospital in Paris.",
    "The prime minister held a phone call with the Turkish president on the Black Sea grain deal.",
]


# A sixth round: one more unusual phrasing per type (verbs the rules did not know, clauses first).
UNUSUAL_STYLES = {
    "Armed clash": [
        "As night fell, insurgents launched a coordinated assault on three army bases in Mali's centre, sparking hours of combat.",
        "Troops loyal to the junta and a breakaway unit of the army fired on each other near the presidential palace.",
    ],
    "Attack": [
        "Hooded attackers armed with machetes hacked to death seven members of a family as they slept in Ituri province.",
        "Without warning, the gunmen sprayed bullets at worshippers leaving the mosque, killing 11.",
    ],
    "Sexual violence": [
        "Female detainees told investigators they had been sexually tortured by interrogators at the prison.",
    ],
    "Abduction/forced disappearance": [
        "Families say dozens of young men have been forcibly disappeared by the security services in Balochistan since January.",
        "A ransom of $100,000 was demanded for the release of a Chinese worker seized by militants in Cabinda.",
    ],
    "Peaceful protest": [
        "Chanting slogans against the price rises, about 2,000 people filled the main square of Yerevan on Sunday.",
        "Indigenous groups have blocked the Pan-American highway in Cauca for a week, demanding land rights.",
    ],
    "Protest with intervention": [
        "Pro-Palestinian students set up tents on the campus of Columbia University before police cleared the encampment and arrested over 100 people.",
    ],
    "Excessive force against protesters": [
        "Rubber bullets fired by police blinded at least three young demonstrators in Santiago.",
    ],
    "Violent demonstration": [
        "Enraged by the killing of a local youth, protesters set ablaze two police vehicles and ransacked a police post in Manipur.",
    ],
    "Mob violence": [
        "Suspecting him of being a child kidnapper, a crowd in a village in Assam beat a young man to death.",
    ],
    "Air/drone strike": [
        "Unmanned aircraft struck a wedding convoy in Yemen's al-Bayda province, killing 12 guests.",
    ],
    "Shelling/artillery/missile attack": [
        "Heavy shelling by government forces hit the rebel-held enclave of Eastern Ghouta for a fifth consecutive day.",
    ],
    "Remote explosive/landmine/IED": [
        "An explosive-laden motorcycle parked near a checkpoint detonated as a police patrol passed, killing three officers.",
    ],
    "Arrests": [
        "Turkish authorities took into custody the mayor of Istanbul, a leading rival of the president.",
    ],
    "Looting/property destruction": [
        "Fighters plundered the town's banks and set fire to the market before leaving, residents said.",
    ],
    "Agreement": [
        "After mediation by Qatar, Hamas released 13 Israeli hostages in exchange for 39 Palestinian prisoners.",
    ],
    "Disrupted weapons use": [
        "An attempt to bomb a synagogue was thwarted when the explosive device failed to go off.",
    ],
    "Government regains territory": [
        "The jihadists were driven from the town after a three-day counter-offensive by the army and allied militias.",
    ],
}


UNUSUAL_NON_EVENTS = [
    "The government announced compensation for the families of those killed in last year's riots.",
    "Survivors of the massacre gathered to remember the victims on its tenth anniversary.",
    "The minister promised to crack down on gangs after a surge in robberies.",
    "Thousands of people were evacuated as a wildfire spread towards the suburbs of Athens.",
    "An oil spill from a tanker off the coast of Mauritius threatened coral reefs.",
    "Hospitals in the region are struggling to cope with a surge in cholera cases.",
]


# A seventh round of non-events: disasters, accidents, crime, diplomacy and blame, told as news.
WIRE_NON_EVENTS = [
    "At least 40 people were killed when a fire swept through a crowded ferry on the Nile.",
    "An explosion at an illegal oil refinery in the Niger Delta killed more than 100 people.",
    "A bridge collapsed in the Indian state of Gujarat, sending scores of people plunging into the river.",
    "Two trains collided head-on in eastern Greece, killing 57 passengers.",
    "Accidental blast at army ammunition depot shakes Lagos suburb",
    "A heatwave has killed hundreds of people across northern India.",
    "Swarms of locusts destroyed crops across the Horn of Africa.",
    "An outbreak of Ebola has killed 30 people in the province of Equateur.",
    "Police broke up a human trafficking ring that smuggled migrants across the Mediterranean.",
    "Federal agents raided an illegal casino in Manila and arrested 40 Chinese nationals.",
    "Police seized counterfeit banknotes worth $2 million in a warehouse in Lima.",
    "The United Nations special envoy for Yemen arrived in Aden for talks with the government.",
    "Poland expelled 45 Russian diplomats on suspicion of spying.",
    "The two countries agreed to boost trade and investment at a meeting in Beijing.",
    "Opposition leaders accused the government of orchestrating the bombing to justify a crackdown.",
    "Washington holds Tehran responsible for the drone attack on its base, a spokesman said.",
    "The rebels denied carrying out the massacre and blamed government-backed militias.",
]


# An eighth round: context first, the event later, in long sentences or a second sentence.
CONTEXT_FIRST_STYLES = {
    "Attack": [
        "Tensions have been high in the district since the disputed election. On Tuesday, gunmen shot dead a local party official outside his home.",
        "In the latest in a series of killings that have terrorised the community, a Christian farmer was hacked to death on his land near Jos.",
    ],
    "Armed clash": [
        "The town has changed hands several times this year. On Wednesday, government forces and rebels fought for control of its bridge, leaving 20 fighters dead.",
    ],
    "Peaceful protest": [
        "Fuel prices have doubled since January, and on Monday thousands of motorcycle taxi drivers staged a protest in Kampala.",
    ],
    "Protest with intervention": [
        "Despite a ban on gatherings, hundreds of opposition supporters turned out in Conakry on Thursday, and police used tear gas to scatter the crowd.",
        "Hundreds of opposition supporters waited outside the party office in Lusaka until police moved in with tear gas.",
    ],
    "Violent demonstration": [
        "What began as a peaceful march against police brutality in Lagos turned violent when some protesters set fire to a police station.",
    ],
    "Air/drone strike": [
        "Despite the announced truce, Russian jets carried out air strikes on rebel-held villages in southern Idlib on Friday, monitors said.",
    ],
    "Abduction/forced disappearance": [
        "Kidnapping for ransom has become a lucrative business in the region; on Sunday, gunmen seized a doctor on his way to the clinic in Katsina.",
    ],
    "Arrests": [
        "In a widening crackdown on dissent, Nicaraguan police arrested two more opposition presidential hopefuls on Sunday.",
    ],
    "Change to group/activity": [
        "After a week of ethnic violence, authorities imposed an indefinite curfew on the town of Kokrajhar and deployed paramilitary troops.",
    ],
}


# A ninth round: verbs and nouns the first rounds did not use.
OTHER_VERB_STYLES = {
    "Chemical weapon": [
        "Inspectors found traces of a banned nerve agent in soil samples from the village that was bombed in April.",
        "Kurdish officials said Islamic State fired shells containing a toxic substance at their positions near Makhmur.",
    ],
    "Suicide bomb": [
        "A bomber detonated an explosive vest at the gate of the Afghan parliament, killing himself and two guards.",
        "Self-detonation at checkpoint kills four Iraqi soldiers",
    ],
    "Grenade": [
        "Someone threw an explosive into the crowd at a concert in Bujumbura; police said it was a hand grenade.",
        "Two grenades were lobbed at the residence of a minister in Imphal on Sunday night.",
    ],
    "Sexual violence": [
        "Doctors at the clinic in Bukavu treated 40 survivors of sexual violence committed by armed men during the raid.",
    ],
    "Shelling/artillery/missile attack": [
        "Grad rockets pounded the outskirts of Mariupol as separatist forces advanced.",
        "A cruise missile hit a power plant in the Lviv region, the regional governor said.",
    ],
    "Headquarters or base established": [
        "The Russian military has established a new airbase in the Syrian province of Hasakah.",
        "Al-Shabaab opened a new recruitment centre in the town of Jilib, residents said.",
    ],
    "Disrupted weapons use": [
        "Soldiers intercepted a truck carrying 500 kg of explosives bound for the capital.",
        "Bomb disposal experts safely detonated an unexploded shell found in a schoolyard in Kharkiv.",
    ],
    "Other": [
        "Thousands of villagers fled their homes in Cabo Delgado as fighting between insurgents and the army spread.",
        "Border guards fired warning shots at a boat carrying migrants near the island of Lesbos; no one was hit.",
    ],
    "Non-state actor overtakes territory": [
        "Al-Shabaab militants retook the town of Moqokori shortly after Somali troops left it.",
    ],
}


# A tenth round: 'came under attack', 'lost their lives', 'fell to', 'was targeted', 'left dead'.
PASSIVE_STYLES = {
    "Armed clash": [
        "A military outpost in the Sahel came under attack from dozens of jihadists on motorbikes, and 11 soldiers lost their lives.",
        "Twelve police officers lost their lives when their convoy was ambushed by Maoist rebels in Chhattisgarh.",
    ],
    "Attack": [
        "A bus carrying Hazara miners was targeted by gunmen in Balochistan, leaving 11 passengers dead.",
        "Three aid workers lost their lives when armed men opened fire on their clearly marked vehicle.",
    ],
    "Air/drone strike": [
        "A hospital in Saada came under aerial bombardment overnight, the charity said.",
    ],
    "Shelling/artillery/missile attack": [
        "Residential areas of Donetsk came under artillery fire on Monday, local officials said.",
    ],
    "Remote explosive/landmine/IED": [
        "A police van was torn apart by a roadside device in Balochistan's Turbat, leaving five officers dead.",
    ],
    "Excessive force against protesters": [
        "Two young protesters succumbed to gunshot wounds after security forces fired on a rally in Conakry.",
    ],
    "Abduction/forced disappearance": [
        "The whereabouts of the abducted pastor remain unknown two days after gunmen stormed his church.",
    ],
    "Non-state actor overtakes territory": [
        "The strategic town of Kalehe fell into the hands of the rebels on Thursday.",
    ],
}


# An eleventh round: explosions and fires with no attacker, told many ways.
BLAST_NON_EVENTS = [
    "A massive explosion of stored ammonium nitrate devastated the port of Beirut, killing more than 200 people.",
    "An explosion rocked a petrol station on the outskirts of Nairobi on Sunday night, injuring 15.",
    "A transformer exploded in a market in Kano, setting several shops ablaze.",
    "Several people were hurt when a cooking gas cylinder blew up in a restaurant kitchen in Lahore.",
    "A blast at a sugar mill in Uttar Pradesh killed six workers on Tuesday.",
    "Methane explosion kills 22 miners in Colombia",
    "A gas pipeline blew up near a village in Rivers state, sending flames high into the sky.",
    "A leaking gas pipe caused an explosion that destroyed a block of flats in Marseille.",
    "Firefighters battled for hours to put out a blaze that broke out at a market in Onitsha.",
    "An oil tanker burst into flames on the Lagos-Ibadan expressway, killing four.",
    "Dozens died in a blast at a fuel storage facility in Conakry in what officials called an accident.",
    "An explosion at a chemical plant in Jiangsu province killed 78 people.",
]


# A twelfth round: organised crime and its policing, which ACLED leaves uncoded.
CRIME_NON_EVENTS = [
    "Italian police arrested the alleged head of a 'Ndrangheta clan who had been on the run for 20 years.",
    "Spanish police dismantled a gang that smuggled hashish from Morocco in speedboats.",
    "Prosecutors charged 14 people with laundering money for a drug cartel through car dealerships.",
    "Customs officials at Mombasa port impounded a container of smuggled ivory.",
    "A notorious kidnapping gang leader was sentenced to death by a court in Lagos.",
    "Police in Karachi arrested three men for extorting money from shopkeepers.",
    "Cyber criminals stole $40 million from a cryptocurrency exchange.",
    "Detectives recovered a stolen painting worth millions in a raid on a flat in Amsterdam.",
]


# A thirteenth round: crowds, told the many ways news tells them.
CROWD_STYLES = {
    "Peaceful protest": [
        "Carrying placards reading 'We want water', hundreds of women marched to the municipal office in Chennai.",
        "Jailed activists began a hunger strike on Monday to protest against their detention without trial.",
        "Thousands of Kenyans joined a rally in Nairobi's Kamukunji grounds called by the opposition.",
        "Health workers across Nigeria downed tools on Wednesday over unpaid allowances.",
    ],
    "Protest with intervention": [
        "Police blocked a march by opposition supporters from reaching the city centre in Harare and arrested four organisers.",
        "Indian police used water cannon on farmers protesting at the Delhi border and detained dozens of them.",
        "Hong Kong police kettled hundreds of protesters in a shopping mall and arrested dozens.",
    ],
    "Excessive force against protesters": [
        "Indian paramilitary troops fired pellet guns at stone-throwing protesters in Srinagar, wounding dozens.",
        "Security forces killed two people when they fired on a crowd demanding the release of a religious leader in Sokoto.",
    ],
    "Violent demonstration": [
        "Protesting students vandalised the vice-chancellor's office and set a university bus ablaze in Rajshahi.",
        "Clashes broke out between protesters and police in Tunis, with youths throwing stones and police firing tear gas.",
        "Angry farmers protesting low prices dumped vegetables on the road and set tyres on fire in Maharashtra.",
    ],
    "Mob violence": [
        "Communal clashes between two ethnic groups in the town of Wukro left five people dead.",
        "A mob stormed a police station in Sindh and dragged out a man accused of blasphemy, then killed him.",
        "Villagers armed with sticks attacked a team of forest officials in Odisha, injuring three.",
    ],
}


# A fourteenth round: state forces and armed groups acting outside battle.
STATE_STYLES = {
    "Attack": [
        "Soldiers executed at least 20 unarmed men in a village in central Mali, according to survivors.",
        "Police in the Philippines shot dead a suspected drug user during a raid on his home, his family said.",
        "Security forces tortured a detained student to death in a police cell in Kasese.",
        # armed state agents who extort are no ordinary criminals
        "Paramilitary officers beat a motorcycle taxi driver and extorted money from him at a roadblock in Gulu.",
    ],
    "Arrests": [
        "Soldiers detained dozens of Fulani men during a sweep of villages near Mopti.",
        "Chinese police detained a Uighur scholar at the airport in Urumqi.",
    ],
    "Change to group/activity": [
        "The rebels appointed a new military commander after the death of their leader.",
        "Thousands of reservists were called up as tensions rose along the border.",
        "The army launched a new military operation against gangs in the suburbs of Port-au-Prince.",
    ],
    "Disrupted weapons use": [
        "Turkish police found a car packed with explosives near the border and defused the device.",
    ],
    "Looting/property destruction": [
        "Israeli forces demolished the family home of a Palestinian accused of an attack in Jenin.",
        "Bulldozers escorted by soldiers razed dozens of homes in the village, residents said.",
    ],
    "Headquarters or base established": [
        "Sudan's paramilitary forces set up positions inside a hospital in Khartoum, doctors said.",
    ],
}


# A fifteenth round: threats, plans, denials and hypotheticals, which are statements, not events.
STATEMENT_NON_EVENTS = [
    "The militants threatened to attack polling stations if the election goes ahead.",
    "Hezbollah vowed to retaliate for the killing of its commander.",
    "The army is preparing a major offensive to retake the city, a military source said.",
    "The government plans to deploy 5,000 more troops to the region next month.",
    "Police denied that officers had opened fire on the demonstrators.",
    "Had the bomb exploded, hundreds could have died, investigators said.",
    "The opposition has called for nationwide protests next week.",
    "Residents fear that the rebels could attack the town at any moment.",
    "The ceasefire is expected to be signed on Friday in Doha.",
    # a detail of a story told before, not an abduction of its own
    "Relatives of the missing herders have received no demand for ransom.",
]


MORE_AGREEMENT_STYLES = {
    "Agreement": [
        "The two clans signed a reconciliation pact in Beledweyne, pledging to end revenge killings.",
        "Ethiopia's government and Tigrayan forces struck a deal to silence the guns, ending two years of war.",
        "Russian and Ukrainian officials agreed on a humanitarian corridor to evacuate civilians from Mariupol.",
    ],
    "Other": [
        "About 3,000 refugees who had fled to Chad returned to their villages in Darfur this week.",
    ],
}


# A sixteenth round: Europe and the Americas, where the same events read differently.
WEST_STYLES = {
    "Attack": [
        "A gunman opened fire at a supermarket in Buffalo, killing ten people in a racially motivated attack.",
        "A far-right extremist stabbed a local politician to death at a street stall in Essen.",
    ],
    "Peaceful protest": [
        "Tens of thousands of teachers walked out of classrooms across England in a dispute over pay.",
        "Climate activists staged a sit-down protest in the lobby of an oil company in The Hague.",
    ],
    "Protest with intervention": [
        "French police detained 120 people as unauthorised protests against the pension reform continued in Paris.",
    ],
    "Violent demonstration": [
        "Far-right protesters attacked a hotel housing asylum seekers in Rotherham, setting fires and throwing bricks at officers.",
    ],
    "Mob violence": [
        "A group of football fans attacked rival supporters with bats and knives on a motorway in Greece, killing one man.",
    ],
    "Arrests": [
        "German police arrested 25 members of a far-right group accused of plotting to overthrow the government.",
    ],
    "Armed clash": [
        "Colombian army troops clashed with the Gulf Clan in the jungle of Antioquia, leaving three guerrillas and a soldier dead.",
    ],
    "Looting/property destruction": [
        "Vandals spray-painted swastikas and smashed gravestones at a Jewish cemetery in Strasbourg.",
    ],
}


# A seventeenth round: Asia and the Middle East in wire style.
EAST_STYLES = {
    "Armed clash": [
        "Myanmar's military and the Kachin Independence Army fought heavy battles near the jade mining town of Hpakant, residents said.",
        "Thai troops and suspected insurgents exchanged gunfire in a rubber plantation in Yala, leaving one soldier wounded.",
    ],
    "Attack": [
        "Unknown assailants threw acid on two schoolgirls on their way to class in Kandahar.",
        "Settlers set fire to a Palestinian home with a family inside in the village of Duma, killing an infant.",
    ],
    "Arrests": [
        "Iranian security forces arrested a prominent rapper who had supported the protests.",
    ],
    "Peaceful protest": [
        "Sri Lankans formed a long queue outside the president's office, chanting slogans and demanding his resignation.",
    ],
    "Excessive force against protesters": [
        "Iraqi security forces killed 15 protesters in Nasiriyah, firing on them as they blocked a bridge.",
    ],
    "Shelling/artillery/missile attack": [
        "Houthi rebels fired a missile at a commercial ship in the Red Sea, setting it ablaze.",
    ],
    "Air/drone strike": [
        "Pakistani warplanes bombed suspected hideouts of the Pakistani Taliban in Afghanistan's Khost province.",
    ],
    "Remote explosive/landmine/IED": [
        "A sticky bomb attached to a fuel tanker exploded in Kabul, killing two people.",
    ],
}


# An eighteenth round: blame and diplomacy around violent events.
BLAME_NON_EVENTS = [
    "Kyiv blamed Moscow for a missile strike on a shopping centre that killed 18 people.",
    "Pakistan's foreign office accused India of sponsoring terrorism in Balochistan.",
    "Nigeria's president condemned the massacre in Plateau state and ordered an investigation.",
    "The European Union called for an independent inquiry into the killing of the journalist.",
    "Iran summoned the British ambassador to protest against comments by the foreign secretary.",
    "Israel and the United Arab Emirates signed a normalisation accord at the White House.",
    "The African Union sent a delegation to Khartoum to mediate between the generals.",
]


# A nineteenth round: Africa in wire style, the strategic and rarer kinds.
AFRICA_STYLES = {
    "Non-state actor overtakes territory": [
        "JNIM fighters have taken the town of Boulkessi after overrunning its army camp, security sources said.",
    ],
    "Government regains territory": [
        # a clause telling a noun's history ('who had held it since 2020') is no habit of the event
        "Mozambican and Rwandan troops have retaken the port of Mocimboa da Praia from the insurgents who had held it since 2020.",
        "Government troops recaptured the town of Tal Ruman, held by the rebels for two years.",
    ],
    "Headquarters or base established": [
        "The Rapid Support Forces turned a university campus in Khartoum into a military base, witnesses said.",
    ],
    "Change to group/activity": [
        "Two factions of the Central African rebel coalition announced they were joining forces against the government.",
    ],
    "Abduction/forced disappearance": [
        "Armed men stopped a bus near Kasindi and led 20 passengers into the bush, survivors said.",
    ],
    "Sexual violence": [
        "A nurse in Tigray said soldiers had gang-raped her in front of her children.",
    ],
    "Grenade": [
        "An explosive device thrown from a passing motorbike exploded outside a bar in Bujumbura; police said it was a grenade.",
    ],
}


ALL_STYLES = (STYLES, MORE_STYLES, SNIPPET_STYLES, HEADLINE_STYLES, FURTHER_STYLES, UNUSUAL_STYLES,
              CONTEXT_FIRST_STYLES, OTHER_VERB_STYLES, PASSIVE_STYLES, CROWD_STYLES, STATE_STYLES,
              MORE_AGREEMENT_STYLES, WEST_STYLES, EAST_STYLES, AFRICA_STYLES)
ALL_NON_EVENTS = (NON_EVENTS + MORE_NON_EVENTS + SNIPPET_NON_EVENTS + HEADLINE_NON_EVENTS + FURTHER_NON_EVENTS
                  + UNUSUAL_NON_EVENTS + WIRE_NON_EVENTS + BLAST_NON_EVENTS + CRIME_NON_EVENTS
                  + STATEMENT_NON_EVENTS + BLAME_NON_EVENTS)


@pytest.mark.parametrize("text, sub", [(t, s) for styles in ALL_STYLES for s, texts in styles.items() for t in texts])
def test_news_phrasings(text, sub):
    r = first(text)
    assert r.sub_event_type == sub, r.reason


@pytest.mark.parametrize("text", ALL_NON_EVENTS)
def test_news_non_events_are_not_coded(text):
    found = event_reports(text, PUB)
    assert not found, [(r.sub_event_type, r.reason) for r in found]

import type { NameCulture } from './demo-countries.js';

interface NamePool {
  given: string[];
  family: string[];
  /** How often a person carries two family names (Spanish and Portuguese usage). */
  doubleFamily: number;
}

/**
 * Common given names and surnames, combined at random: the people they make
 * up are synthetic. Famous surnames (heads of state and the like) are left out
 * so that no demo contact reads like a real public figure.
 */
// Packed by hand, several names a line.
// prettier-ignore
export const PERSON_NAMES: Record<NameCulture, NamePool> = {
  west_africa: {
    given: ['Aminata', 'Moussa', 'Fatoumata', 'Ibrahima', 'Awa', 'Mamadou', 'Adama', 'Mariam', 'Ousmane', 'Kadiatou', 'Seydou', 'Aïssatou', 'Kwame', 'Ama', 'Kofi', 'Efua', 'Chinedu', 'Ngozi', 'Yusuf', 'Halima', 'Binta', 'Abdoulaye'],
    family: ['Diallo', 'Traoré', 'Koné', 'Ouédraogo', 'Sow', 'Ndiaye', 'Diop', 'Camara', 'Keïta', 'Sanogo', 'Mensah', 'Owusu', 'Boateng', 'Okafor', 'Adeyemi', 'Bello', 'Danjuma', 'Kamara', 'Sesay', 'Coulibaly', 'Bamba', 'Agbodjan'],
    doubleFamily: 0,
  },
  central_africa: {
    given: ['Jean-Pierre', 'Marie-Claire', 'Patrick', 'Grâce', 'Serge', 'Chantal', 'Didier', 'Esther', 'Blaise', 'Solange', 'Innocent', 'Pacifique', 'Aline', 'Fabrice', 'Clarisse', 'Prosper', 'Rivo', 'Hery', 'Nadège', 'Aimé'],
    family: ['Mbala', 'Nkongolo', 'Mukendi', 'Ilunga', 'Tshibangu', 'Ngoma', 'Eyenga', 'Fotso', 'Nganou', 'Kamga', 'Niyonzima', 'Hakizimana', 'Bizimana', 'Nzeyimana', 'Mabiala', 'Loemba', 'Rakotomalala', 'Randriamanana', 'Uwimana', 'Mugisha'],
    doubleFamily: 0,
  },
  east_southern_africa: {
    given: ['Wanjiru', 'Otieno', 'Achieng', 'Kamau', 'Nyambura', 'Baraka', 'Neema', 'Amani', 'Tendai', 'Chipo', 'Thabo', 'Lerato', 'Nomvula', 'Sipho', 'Mwila', 'Chanda', 'Tsitsi', 'Farai', 'Zanele', 'Kagiso', 'Selam', 'Dawit'],
    family: ['Mwangi', 'Odhiambo', 'Njoroge', 'Wekesa', 'Nakato', 'Okello', 'Mushi', 'Kimaro', 'Banda', 'Phiri', 'Mwale', 'Zulu', 'Dlamini', 'Nkosi', 'Moyo', 'Ncube', 'Chirwa', 'Mutasa', 'Sithole', 'Mokoena', 'Tesfaye', 'Lado'],
    doubleFamily: 0,
  },
  latin_america: {
    given: ['María José', 'Lucía', 'Camila', 'Valentina', 'Ana', 'Carmen', 'Rosa', 'Juan Carlos', 'José Luis', 'Carlos', 'Diego', 'Andrés', 'Jorge', 'Luis', 'Mateo', 'Sofía', 'Gabriela', 'Fernando', 'Ximena', 'Marisol', 'Wilfredo', 'Nayeli'],
    family: ['García', 'Rodríguez', 'Quispe', 'Mamani', 'Hernández', 'López', 'Martínez', 'Flores', 'Torres', 'Ramírez', 'Vargas', 'Castillo', 'Rojas', 'Morales', 'Gutiérrez', 'Chávez', 'Huamán', 'Condori', 'Mendoza', 'Salazar', 'Pérez', 'Choque'],
    doubleFamily: 0.4,
  },
  lusophone: {
    given: ['João', 'Ana Paula', 'Thiago', 'Mariana', 'Lucas', 'Beatriz', 'Rafael', 'Juliana', 'Pedro', 'Fernanda', 'Joaquim', 'Graça', 'Celso', 'Luísa', 'Amélia', 'Domingos', 'Helena', 'Nelson'],
    family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Almeida', 'Ferreira', 'Rodrigues', 'Carvalho', 'Macuácua', 'Sitoe', 'Nhantumbo', 'Tembe', 'Cossa', 'Gomes', 'Tavares', 'Lopes'],
    doubleFamily: 0.3,
  },
  arab: {
    given: ['Omar', 'Layla', 'Youssef', 'Rania', 'Karim', 'Nour', 'Ahmed', 'Salma', 'Hassan', 'Mona', 'Tarek', 'Dina', 'Samir', 'Hala', 'Walid', 'Yasmine', 'Khaled', 'Amira', 'Ziad', 'Reem', 'Meriem', 'Anas'],
    family: ['Haddad', 'Mansour', 'Khalil', 'Nasser', 'Saleh', 'Farouk', 'Hamdan', 'Aziz', 'Sabbagh', 'Haddadin', 'Benali', 'Toumi', 'Cherif', 'El Amrani', 'Bennani', 'Mahmoud', 'Saadi', 'Qasim', 'Jaber', 'Ouali', 'Barakat', 'Darwish'],
    doubleFamily: 0,
  },
  south_asia: {
    given: ['Priya', 'Arjun', 'Farhana', 'Imran', 'Anjali', 'Rahul', 'Nusrat', 'Kamal', 'Sunita', 'Vikram', 'Ayesha', 'Bilal', 'Deepa', 'Ramesh', 'Shirin', 'Tharindu', 'Nilmini', 'Sabina', 'Bikash', 'Meera'],
    family: ['Sharma', 'Rahman', 'Perera', 'Khan', 'Iyer', 'Das', 'Hossain', 'Fernando', 'Gurung', 'Shrestha', 'Qureshi', 'Siddiqui', 'Nair', 'Patel', 'Chowdhury', 'Bhattarai', 'Jayasinghe', 'Reddy', 'Malik', 'Begum'],
    doubleFamily: 0,
  },
  southeast_asia: {
    given: ['Maria Cristina', 'Jose Antonio', 'Siti', 'Budi', 'Dewi', 'Somchai', 'Malee', 'Sokha', 'Dara', 'Nurul', 'Aung', 'Thida', 'Rizal', 'Ligaya', 'Anh', 'Hieu', 'Ratana', 'Joy'],
    family: ['Santos', 'Reyes', 'Dela Cruz', 'Bautista', 'Wijaya', 'Santoso', 'Rahayu', 'Suksawat', 'Chanthara', 'Sok', 'Chea', 'Abdullah', 'Ismail', 'Win', 'Htun', 'Ramos', 'Pereira', 'Lim'],
    doubleFamily: 0,
  },
  central_east_asia: {
    given: ['Aigerim', 'Nurlan', 'Gulnara', 'Bakyt', 'Dilnoza', 'Timur', 'Bolormaa', 'Batbayar', 'Sarnai', 'Ganbold', 'Ji-woo', 'Min-jun', 'Aizada', 'Ermek', 'Seo-yeon', 'Farrukh'],
    family: ['Abdullaeva', 'Nurlanov', 'Sadykova', 'Tashiev', 'Omurbekov', 'Bekova', 'Batsaikhan', 'Erdenebat', 'Dorj', 'Kim', 'Park', 'Lee', 'Karimova', 'Saidov', 'Zhunusova', 'Choi'],
    doubleFamily: 0,
  },
  europe: {
    given: ['Anna', 'Marco', 'Sophie', 'Lukas', 'Elena', 'Pablo', 'Claire', 'Tomasz', 'Ingrid', 'Niamh', 'Giulia', 'Mathieu', 'Katarzyna', 'Jonas', 'Ioana', 'Dimitris', 'Sarah', 'Olena', 'Pierre', 'Mireia', 'Aoife', 'Emre'],
    family: ['Müller', 'Rossi', 'Dubois', 'Novak', 'García', 'Kowalski', 'Papadopoulos', 'Jansen', 'Murphy', 'Lindqvist', 'Popescu', 'Martin', 'Bianchi', 'Hoffmann', 'Ferreira', 'Smith', 'Kovalenko', 'Petrović', 'Horvat', "O'Brien", 'Virtanen', 'Lambert'],
    doubleFamily: 0,
  },
  pacific_north_america: {
    given: ['Emily', 'Michael', 'Aroha', 'Jessica', 'David', 'Mele', 'Ana', 'Tavita', 'Sarah', 'Daniel', 'Olivia', 'Ruth', 'Tama', 'Grace', 'Samuel', 'Leilani', 'Marcia', 'Delroy'],
    family: ['Thompson', 'Walker', 'Tui', 'Williams', 'Brown', 'Nguyen', 'Taufa', 'Roberts', 'Singh', 'Martin', 'Ngata', 'Clarke', 'Wilson', 'Fonoti', 'Campbell', 'Lee', 'Bailey', 'Grant'],
    doubleFamily: 0,
  },
};

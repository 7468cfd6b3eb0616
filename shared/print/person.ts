/** A person's name as printed: surname first, as on Kazakhstani documents. */
export interface PersonName {
  surname: string;
  givenName: string;
  /** Patronymic (отчество / әкесінің аты); many people have none. */
  patronymic?: string;
}

export function fullName(p: PersonName): string {
  return [p.surname, p.givenName, p.patronymic].filter((s) => s && s.trim()).join(' ');
}

/** «Иванова А. П.»: the form the talon and the package label ask for. */
export function surnameInitials(p: PersonName): string {
  const initial = (s: string | undefined) => {
    const first = s?.trim()[0];
    return first ? `${first.toUpperCase()}.` : '';
  };
  return [p.surname, initial(p.givenName), initial(p.patronymic)].filter(Boolean).join(' ');
}

/** A name with a phone, printed as «Name, +7 …» when the phone is known. */
export interface Contact {
  name: PersonName;
  phone?: string;
}
